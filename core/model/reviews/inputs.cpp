#include "model/reviews/inputs.hpp"

#include "model/audits/audit.hpp"
#include "model/audits/programme.hpp"
#include "model/improvement/action.hpp"
#include "model/improvement/nonconformity.hpp"
#include "model/improvement/opportunity.hpp"
#include "model/performance/index.hpp"
#include "model/risks/matrix.hpp"
#include "model/risks/register.hpp"
#include "model/scoring.hpp"
#include "model/suppliers/review.hpp"
#include "model/suppliers/supplier.hpp"

#include <cmath>
#include <map>
#include <set>

namespace kanri::model::reviews {
namespace {

namespace imp = model::improvement;
namespace au = model::audits;
namespace pf = model::performance;
namespace sup = model::suppliers;
namespace rk = model::risks;

// On or after `since` (a date or an ISO time; "" : always).
bool since(const std::string& when, const std::string& from) { return from.empty() || (!when.empty() && when.substr(0, 10) >= from); }

std::string percent(double v) { return std::to_string(static_cast<int>(std::lround(v * 100))) + "%"; }

// Tabs and line breaks would break the record's lines: a user's text (a cycle's name) loses them.
std::string oneLine(std::string t) {
    for (char& c : t)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return t;
}

struct Builder {
    Input in;
    explicit Builder(std::string_view code) { in.code = std::string(code); }
    void count(std::string key, const std::vector<std::string>& refs) { in.facts.push_back({std::move(key), std::to_string(refs.size()), refs}); }
    void number(std::string key, size_t n) { in.facts.push_back({std::move(key), std::to_string(n), {}}); }
    void text(std::string key, std::string value, std::vector<std::string> refs = {}) { in.facts.push_back({std::move(key), oneLine(std::move(value)), std::move(refs)}); }
};

} // namespace

std::vector<Input> assembleInputs(const Workspace& ws, std::string_view reviewId, const std::string& from, const std::string& today) {
    std::vector<Input> out;
    const auto& actions = ws.entities<imp::Action>();
    const auto& ncs = ws.entities<imp::Nonconformity>();
    const auto& ofis = ws.entities<imp::Opportunity>();
    // Which actions fix what (one pass over the links).
    std::set<std::string> ncActions, riskActions;
    std::map<std::string, std::vector<std::string>> decisionActions; // decision → actions
    ws.forEachLinkFromKind(imp::Action::kKind, [&](const Link& l) {
        if (l.relation == imp::kActionNonconformity) ncActions.insert(l.from.id);
        else if (l.relation == imp::kActionRisk) riskActions.insert(l.from.id);
        else if (l.relation == kActionDecision) decisionActions[l.to.id].push_back(l.from.id);
    });

    // a) the actions decided by earlier reviews.
    {
        Builder b("a");
        std::vector<std::string> decisions, done, open, overdue;
        for (const ManagementReview& r : ws.entities<ManagementReview>().all()) {
            if (r.id == reviewId || !r.held()) continue;
            for (const ReviewDecision* d : decisionsOf(ws, r.id)) {
                decisions.push_back(d->id);
                for (const std::string& a : decisionActions[d->id])
                    if (const imp::Action* act = actions.find(a)) {
                        if (act->status == imp::ActionStatus::Done) done.push_back(act->id);
                        else if (act->open()) (imp::overdue(*act, today) ? overdue : open).push_back(act->id);
                    }
            }
        }
        b.count("decisions", decisions);
        b.count("actions_done", done);
        b.count("actions_open", open);
        b.count("actions_overdue", overdue);
        b.in.gap = decisions.empty();
        out.push_back(std::move(b.in));
    }
    const rk::RiskMatrix& matrix = rk::matrixOf(ws);
    // b) changes in external and internal issues: the risks identified and changed since.
    {
        Builder b("b");
        std::vector<std::string> added, changed;
        for (const rk::Risk& r : ws.entities<rk::Risk>().all()) {
            if (since(r.stamp.createdAt, from) && !from.empty()) added.push_back(r.id);
            else if (since(r.stamp.changedAt, from) && !from.empty()) changed.push_back(r.id);
            else if (from.empty()) added.push_back(r.id);
        }
        b.count("risks_new", added);
        b.count("risks_changed", changed);
        b.in.gap = added.empty() && changed.empty();
        out.push_back(std::move(b.in));
    }
    // c) the SMS's performance: nonconformities and corrective actions, monitoring and
    //    measurement, audits.
    const pf::PerformanceIndex perf(ws);
    {
        Builder b("c");
        std::vector<std::string> opened, closed, stillOpen, caDone;
        for (const imp::Nonconformity& n : ncs.all()) {
            if (since(n.detectedOn.empty() ? n.stamp.createdAt : n.detectedOn, from)) opened.push_back(n.id);
            if (n.state == imp::NcState::Closed && since(n.closedOn, from)) closed.push_back(n.id);
            if (n.state != imp::NcState::Closed) stillOpen.push_back(n.id);
        }
        for (const std::string& a : ncActions)
            if (const imp::Action* act = actions.find(a); act && act->status == imp::ActionStatus::Done && since(act->doneOn, from)) caDone.push_back(a);
        b.count("nc_opened", opened);
        b.count("nc_closed", closed);
        b.count("nc_open", stillOpen);
        b.count("ca_done", caDone);
        std::vector<std::string> met, atRisk, missed;
        for (const pf::Kpi& k : ws.entities<pf::Kpi>().all()) {
            const pf::Measurement* m = perf.latest(k.id);
            if (!m) continue;
            switch (pf::evaluate(k, *m)) {
            case pf::Result::Met: met.push_back(k.id); break;
            case pf::Result::AtRisk: atRisk.push_back(k.id); break;
            case pf::Result::Missed: missed.push_back(k.id); break;
            case pf::Result::NoData: break;
            }
        }
        b.count("kpi_met", met);
        b.count("kpi_at_risk", atRisk);
        b.count("kpi_missed", missed);
        const au::AuditIndex audits(ws);
        std::vector<std::string> held, major, minor, observations;
        for (const au::Audit& a : ws.entities<au::Audit>().all()) {
            if (a.heldOn.empty() || !since(a.heldOn, from)) continue;
            held.push_back(a.id);
            for (const au::Finding* f : audits.findings(a.id)) {
                if (f->type == au::FindingType::NcMajor) major.push_back(f->id);
                else if (f->type == au::FindingType::NcMinor) minor.push_back(f->id);
                else if (f->type == au::FindingType::Observation || f->type == au::FindingType::Opportunity) observations.push_back(f->id);
            }
        }
        b.count("audits_held", held);
        b.count("findings_major", major);
        b.count("findings_minor", minor);
        b.count("findings_observations", observations);
        b.in.gap = ncs.all().empty() && met.empty() && atRisk.empty() && missed.empty() && held.empty();
        out.push_back(std::move(b.in));
    }
    // d) opportunities for continual improvement.
    {
        Builder b("d");
        std::vector<std::string> awaiting, approved, measured;
        for (const imp::Opportunity& o : ofis.all()) {
            const imp::OfiStage st = imp::stageOf(o);
            if (st == imp::OfiStage::Proposed || st == imp::OfiStage::Deferred) awaiting.push_back(o.id);
            if (st == imp::OfiStage::Approved && since(o.decidedOn, from)) approved.push_back(o.id);
            if (st == imp::OfiStage::Measured && since(o.resultOn, from)) measured.push_back(o.id);
        }
        b.count("ofi_awaiting", awaiting);
        b.count("ofi_approved", approved);
        b.count("ofi_measured", measured);
        b.in.gap = ofis.all().empty();
        out.push_back(std::move(b.in));
    }
    // e) feedback from customers and interested parties: complaints and customers' ideas.
    {
        Builder b("e");
        std::vector<std::string> complaints, ideas;
        for (const imp::Nonconformity& n : ncs.all())
            if (n.source == imp::NcSource::Complaint && since(n.detectedOn.empty() ? n.stamp.createdAt : n.detectedOn, from)) complaints.push_back(n.id);
        for (const imp::Opportunity& o : ofis.all())
            if (o.source == imp::OfiSource::Customer && since(o.stamp.createdAt, from)) ideas.push_back(o.id);
        b.count("complaints", complaints);
        b.count("customer_ideas", ideas);
        b.in.gap = complaints.empty() && ideas.empty();
        out.push_back(std::move(b.in));
    }
    const Scores scores = computeScores(ws);
    const Catalogue& cat = ws.catalogue();
    auto clauseScore = [&](std::string_view id) -> const ClauseScore* {
        const int i = cat.indexOf(id);
        return i < 0 ? nullptr : &scores.clauses[static_cast<size_t>(i)];
    };
    // f) the service management policy and the other policies: their documents and clause 5.
    {
        Builder b("f");
        std::vector<std::string> present, missing, unknown;
        for (const char* doc : {"doc-policy", "doc-objectives", "doc-change-policy", "doc-security-policy"}) {
            if (!cat.findDocument(doc)) continue;
            switch (ws.document(doc).status) {
            case DocumentStatus::Present: present.push_back(doc); break;
            case DocumentStatus::Missing: missing.push_back(doc); break;
            case DocumentStatus::Unknown: unknown.push_back(doc); break;
            }
        }
        b.count("policies_present", present);
        b.count("policies_missing", missing);
        b.count("policies_unconfirmed", unknown);
        const ClauseScore* five = clauseScore("5");
        if (five && five->score) b.text("leadership_score", percent(*five->score));
        b.in.gap = present.empty() && missing.empty() && !(five && five->score);
        out.push_back(std::move(b.in));
    }
    // g) the service management objectives.
    {
        Builder b("g");
        std::vector<std::string> met, atRisk, missed, noData;
        for (const pf::Objective& o : ws.entities<pf::Objective>().all()) {
            if (o.status == pf::ObjectiveStatus::Cancelled) continue;
            switch (pf::achievement(perf, o).result) {
            case pf::Result::Met: met.push_back(o.id); break;
            case pf::Result::AtRisk: atRisk.push_back(o.id); break;
            case pf::Result::Missed: missed.push_back(o.id); break;
            case pf::Result::NoData: noData.push_back(o.id); break;
            }
        }
        b.count("objectives_met", met);
        b.count("objectives_at_risk", atRisk);
        b.count("objectives_missed", missed);
        b.count("objectives_no_data", noData);
        b.in.gap = ws.entities<pf::Objective>().all().empty();
        out.push_back(std::move(b.in));
    }
    // h) service performance: each SLA target against its KPIs' latest values.
    {
        Builder b("h");
        std::vector<std::string> met, atRisk, missed, noData;
        for (const pf::SlaTarget& t : ws.entities<pf::SlaTarget>().all()) {
            pf::Result worst = pf::Result::NoData;
            auto rank = [](pf::Result r) { return r == pf::Result::Missed ? 3 : r == pf::Result::AtRisk ? 2 : r == pf::Result::Met ? 1 : 0; };
            for (const pf::Kpi* k : perf.kpisOfSla(t.id))
                if (const pf::Measurement* m = perf.latest(k->id); m && rank(pf::evaluate(*k, *m)) > rank(worst)) worst = pf::evaluate(*k, *m);
            (worst == pf::Result::Met ? met : worst == pf::Result::AtRisk ? atRisk : worst == pf::Result::Missed ? missed : noData).push_back(t.id);
        }
        b.count("sla_met", met);
        b.count("sla_at_risk", atRisk);
        b.count("sla_missed", missed);
        b.count("sla_no_data", noData);
        b.number("services", ws.entities<pf::Service>().size());
        b.in.gap = ws.entities<pf::SlaTarget>().all().empty();
        out.push_back(std::move(b.in));
    }
    // i) the performance of other parties: supplier reviews, lapsed assurance, weaker targets.
    {
        Builder b("i");
        std::vector<std::string> reviewed, poor, lapsed, weaker;
        for (const sup::SupplierReview& r : ws.entities<sup::SupplierReview>().all()) {
            if (r.heldOn.empty() || !since(r.heldOn, from)) continue;
            reviewed.push_back(r.id);
            if (r.result != sup::ReviewResult::Satisfactory) poor.push_back(r.id);
        }
        for (const sup::Supplier& s : ws.entities<sup::Supplier>().all()) {
            const sup::SupplierFlags f = sup::flagsOf(s, today);
            if (f.assuranceLapsed) lapsed.push_back(s.id);
            if (f.misalignedTargets) weaker.push_back(s.id);
        }
        b.count("supplier_reviews", reviewed);
        b.count("supplier_reviews_poor", poor);
        b.count("assurance_lapsed", lapsed);
        b.count("targets_weaker", weaker);
        b.in.gap = ws.entities<sup::Supplier>().all().empty();
        out.push_back(std::move(b.in));
    }
    // j) resources: what the self-assessment says of 7.1 (resources) and 7.2 (competence).
    {
        Builder b("j");
        bool any = false;
        for (const char* clause : {"7.1", "7.2"}) {
            const ClauseScore* s = clauseScore(clause);
            if (s && s->score) {
                b.text(std::string("score_") + clause, percent(*s->score));
                any = true;
            }
        }
        b.in.gap = !any;
        out.push_back(std::move(b.in));
    }
    // k) risk assessment and the effectiveness of risk actions.
    {
        Builder b("k");
        std::vector<std::string> open, above, lapsed, done, pending;
        for (const rk::Risk& r : ws.entities<rk::Risk>().all()) {
            if (r.status == rk::RiskStatus::Closed) continue;
            open.push_back(r.id);
            const rk::Assessed a = rk::assess(matrix, r, today);
            const rk::Band* band = a.residualBand ? a.residualBand : a.inherentBand;
            if (band && !band->acceptable && a.acceptance != rk::AcceptanceState::Valid) above.push_back(r.id);
            if (a.lapsed()) lapsed.push_back(r.id);
        }
        for (const std::string& id : riskActions)
            if (const imp::Action* act = actions.find(id)) {
                if (act->status == imp::ActionStatus::Done && since(act->doneOn, from)) done.push_back(id);
                else if (act->open()) pending.push_back(id);
            }
        b.count("risks_open", open);
        b.count("risks_above_criterion", above);
        b.count("acceptances_lapsed", lapsed);
        b.count("treatment_done", done);
        b.count("treatment_open", pending);
        b.in.gap = open.empty();
        out.push_back(std::move(b.in));
    }
    // The readiness trend across the self-assessment's cycles, and now.
    {
        Builder b("readiness");
        for (const Cycle& c : ws.cycles()) {
            const Scores s = computeScores(cat, c);
            if (s.readiness) b.text("cycle", c.name + ": " + percent(*s.readiness));
        }
        if (scores.readiness) b.text("readiness_now", percent(*scores.readiness));
        b.text("coverage", percent(scores.coverage));
        b.in.gap = !scores.readiness;
        out.push_back(std::move(b.in));
    }
    return out;
}

std::string encodeInputs(const std::vector<Input>& inputs) {
    // One line per fact: code, key, value and the ids, tab-separated; a gap is its own line.
    std::string out;
    for (const Input& in : inputs) {
        if (in.gap) out += in.code + "\t!\n";
        for (const Fact& f : in.facts) {
            out += in.code + "\t" + f.key + "\t" + f.value + "\t";
            for (size_t i = 0; i < f.refs.size(); ++i) out += (i ? "," : "") + f.refs[i];
            out += "\n";
        }
        if (!in.gap && in.facts.empty()) out += in.code + "\n";
    }
    return out;
}

bool decodeInputs(std::string_view text, std::vector<Input>& out) {
    out.clear();
    for (std::string_view code : kInputCodes) out.push_back({std::string(code), {}, false});
    auto inputOf = [&](std::string_view code) -> Input* {
        for (Input& in : out)
            if (in.code == code) return &in;
        return nullptr;
    };
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        if (nl == std::string_view::npos) return false;
        std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl + 1);
        std::vector<std::string_view> parts;
        while (true) {
            const size_t tab = line.find('\t');
            parts.push_back(line.substr(0, tab));
            if (tab == std::string_view::npos) break;
            line.remove_prefix(tab + 1);
        }
        Input* in = inputOf(parts[0]);
        if (!in) return false;
        if (parts.size() == 1) continue;
        if (parts.size() == 2 && parts[1] == "!") {
            in->gap = true;
            continue;
        }
        if (parts.size() != 4) return false;
        Fact f{std::string(parts[1]), std::string(parts[2]), {}};
        std::string_view refs = parts[3];
        while (!refs.empty()) {
            const size_t comma = refs.find(',');
            f.refs.emplace_back(refs.substr(0, comma));
            if (comma == std::string_view::npos) break;
            refs.remove_prefix(comma + 1);
        }
        in->facts.push_back(std::move(f));
    }
    return true;
}

std::string sinceOf(const Workspace& ws, const ManagementReview& r) {
    if (!r.since.empty()) return r.since;
    std::string latest;
    for (const ManagementReview& other : ws.entities<ManagementReview>().all()) {
        if (other.id == r.id || !other.held()) continue;
        if (r.held() && other.heldOn > r.heldOn) continue; // only those held before it
        if (other.heldOn > latest) latest = other.heldOn;
    }
    return latest;
}

std::vector<Input> inputsOf(const Workspace& ws, const ManagementReview& r, const std::string& today) {
    std::vector<Input> out;
    if (r.held() && decodeInputs(r.inputs, out)) return out;
    return assembleInputs(ws, r.id, sinceOf(ws, r), today);
}

} // namespace kanri::model::reviews
