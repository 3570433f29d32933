#include "model/audits/programme.hpp"

#include "model/catalogue.hpp"
#include "model/text.hpp"

#include <algorithm>
#include <set>

namespace kanri::model::audits {
namespace {

const std::vector<const Finding*> kNoFindings;
const std::vector<std::string> kNoScope;

std::string found(const std::map<std::string, std::string, std::less<>>& m, std::string_view id) {
    auto it = m.find(id);
    return it == m.end() ? std::string() : it->second;
}

// Names compared as people type them: ASCII case and surrounding blanks ignored.
bool sameName(std::string_view a, std::string_view b) {
    auto trim = [](std::string_view s) {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
        return s;
    };
    a = trim(a);
    b = trim(b);
    return !a.empty() && a.size() == b.size() && text::containsFolded(a, b);
}

// Is `clause` the clause `scope`, or under it?
bool within(std::string_view clause, std::string_view scope) {
    return clause == scope || (clause.size() > scope.size() && clause.compare(0, scope.size(), scope) == 0 && clause[scope.size()] == '.');
}

} // namespace

AuditIndex::AuditIndex(const Workspace& ws) {
    const auto& findings = ws.entities<Finding>();
    auto each = [&](const Link& l) {
        if (l.relation == kFindingAudit) {
            if (const Finding* f = findings.find(l.from.id)) m_findings[l.to.id].push_back(f);
            m_audit[l.from.id] = l.to.id;
        } else if (l.relation == kFindingClause) {
            m_clause[l.from.id] = l.to.id;
        } else if (l.relation == kFindingItem) {
            m_item[l.from.id] = l.to.id;
        } else if (l.relation == kAuditClause) {
            m_scope[l.from.id].push_back(l.to.id);
        } else if (l.relation == kAuditProgramme) {
            m_programme[l.from.id] = l.to.id;
        } else if (l.relation == kNcFinding || l.relation == kOfiFinding) {
            m_raised[l.to.id] = l.from;
        }
    };
    // Only the links of the kinds these relations start from.
    for (std::string_view kind : {Finding::kKind, Audit::kKind, std::string_view("nonconformity"), std::string_view("opportunity")}) ws.forEachLinkFromKind(kind, each);
    // Findings in the order they were recorded (the links are ordered by id, the findings' own order is the user's).
    for (auto& [audit, list] : m_findings)
        std::sort(list.begin(), list.end(), [&](const Finding* a, const Finding* b) { return *findings.indexOf(a->id) < *findings.indexOf(b->id); });
    for (auto& [audit, clauses] : m_scope) std::sort(clauses.begin(), clauses.end(), [](const std::string& a, const std::string& b) { return clauseIdLess(a, b); });
}

const std::vector<const Finding*>& AuditIndex::findings(std::string_view auditId) const {
    auto it = m_findings.find(auditId);
    return it == m_findings.end() ? kNoFindings : it->second;
}
const std::vector<std::string>& AuditIndex::scope(std::string_view auditId) const {
    auto it = m_scope.find(auditId);
    return it == m_scope.end() ? kNoScope : it->second;
}
std::string AuditIndex::programmeOf(std::string_view id) const { return found(m_programme, id); }
std::string AuditIndex::auditOf(std::string_view id) const { return found(m_audit, id); }
std::string AuditIndex::clauseOf(std::string_view id) const { return found(m_clause, id); }
std::string AuditIndex::itemOf(std::string_view id) const { return found(m_item, id); }
EntityKey AuditIndex::raisedFrom(std::string_view id) const {
    auto it = m_raised.find(id);
    return it == m_raised.end() ? EntityKey{} : it->second;
}

std::vector<ChecklistRow> checklist(const Workspace& ws, const AuditIndex& index, const Audit& audit) {
    const Catalogue& cat = ws.catalogue();
    std::set<int> items;
    for (const std::string& c : index.scope(audit.id))
        if (int at = cat.indexOf(c); at >= 0)
            for (int i : cat.itemsUnder(at)) items.insert(i);
    std::vector<ChecklistRow> rows;
    std::map<std::string, size_t, std::less<>> rowOf;
    for (int i : items) {
        rowOf[cat.items()[size_t(i)].id] = rows.size();
        rows.push_back({i, {}});
    }
    for (const Finding* f : index.findings(audit.id))
        if (auto it = rowOf.find(index.itemOf(f->id)); it != rowOf.end()) rows[it->second].findings.push_back(f);
    return rows;
}

std::vector<ImpartialityWarning> impartiality(const Workspace& ws, const AuditIndex& index, const Audit& audit) {
    const Catalogue& cat = ws.catalogue();
    std::vector<ImpartialityWarning> out;
    const std::vector<std::string> auditors = audit.auditors();
    for (const std::string& clause : index.scope(audit.id)) {
        const int at = cat.indexOf(clause);
        if (at < 0) continue;
        for (const std::string& auditor : auditors) {
            ImpartialityWarning w{auditor, clause, {}};
            for (int i : cat.itemsUnder(at)) {
                const std::string& id = cat.items()[size_t(i)].id;
                if (sameName(ws.item(id).owner, auditor)) w.items.push_back(id);
            }
            if (!w.items.empty()) out.push_back(std::move(w));
        }
    }
    return out;
}

std::vector<const Audit*> auditsOf(const Workspace& ws, const AuditIndex& index, const AuditProgramme& programme) {
    std::vector<const Audit*> out;
    auto inPeriod = [&](const std::string& day) {
        return !day.empty() && !programme.start.empty() && !programme.end.empty() && day >= programme.start && day <= programme.end;
    };
    for (const Audit& a : ws.entities<Audit>().all()) {
        const std::string p = index.programmeOf(a.id);
        if (p == programme.id || (p.empty() && inPeriod(a.heldOn.empty() ? a.plannedOn : a.heldOn))) out.push_back(&a);
    }
    return out;
}

std::vector<ClauseCoverage> coverage(const Workspace& ws, const AuditIndex& index, const AuditProgramme& programme) {
    const auto& clauses = ws.catalogue().clauses();
    std::vector<ClauseCoverage> out(clauses.size());
    for (const Audit* a : auditsOf(ws, index, programme)) {
        const std::vector<std::string>& scope = index.scope(a->id);
        for (size_t c = 0; c < clauses.size(); ++c) {
            const std::string& id = clauses[c].id;
            Coverage reach = Coverage::None;
            for (const std::string& s : scope) {
                if (within(id, s)) reach = std::max(reach, a->closed() ? Coverage::Audited : Coverage::Planned);
                else if (within(s, id)) reach = std::max(reach, a->closed() ? Coverage::Partly : Coverage::Planned);
            }
            if (reach == Coverage::None) continue;
            ++out[c].audits;
            out[c].coverage = std::max(out[c].coverage, reach);
        }
        for (const Finding* f : index.findings(a->id)) {
            if (!isNonconformity(f->type)) continue;
            const std::string clause = index.clauseOf(f->id);
            for (size_t c = 0; c < clauses.size(); ++c)
                if (within(clause, clauses[c].id)) ++out[c].nonconformities;
        }
    }
    return out;
}

} // namespace kanri::model::audits
