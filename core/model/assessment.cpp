#include "model/assessment.hpp"

#include "model/validation.hpp"
#include "model/workspace.hpp"

namespace kanri::model {

std::string_view documentStatusCode(DocumentStatus s) {
    switch (s) {
    case DocumentStatus::Present: return "present";
    case DocumentStatus::Missing: return "missing";
    case DocumentStatus::Unknown: break;
    }
    return "unknown";
}

bool documentStatusFromCode(std::string_view code, DocumentStatus& out) {
    for (DocumentStatus s : {DocumentStatus::Unknown, DocumentStatus::Present, DocumentStatus::Missing})
        if (documentStatusCode(s) == code) {
            out = s;
            return true;
        }
    return false;
}

Fields itemFields(const ItemAssessment& a) {
    if (a.empty()) return {};
    Fields f{{"rating", std::string(ratingCode(a.rating))}, {"justification", a.justification}, {"owner", a.owner},
             {"due", a.due}, {"notes", a.notes}};
    for (const Evidence& e : a.evidence) {
        const std::string base = "evidence/" + e.id + "/";
        f.push_back({base + "text", e.text});
        f.push_back({base + "document", e.document});
        f.push_back({base + "url", e.url});
    }
    return f;
}

Fields documentFields(const DocumentCheck& d) {
    if (d == DocumentCheck{}) return {};
    return {{"status", std::string(documentStatusCode(d.status))}, {"location", d.location}};
}

Fields clauseNoteFields(const std::string& note) {
    if (note.empty()) return {};
    return {{"note", note}};
}

Fields fieldsOf(const ClauseNote& n) { return clauseNoteFields(n.text); }

Status fromFields(const Fields& fields, ClauseNote& out) {
    ClauseNote n;
    for (const auto& [name, value] : fields) {
        if (name != "note") return fail(ErrorCode::InvalidOperation, "unknown field " + name);
        n.text = value;
    }
    out = std::move(n);
    return ok();
}

Status validate(const Workspace& ws, const ClauseNote& n) {
    if (!ws.catalogue().find(n.id)) return fail(ErrorCode::UnknownClause, n.id);
    return checkText(n.text, kMaxNoteBytes, "note");
}

Fields fieldsOf(const ChecklistEntry& e) { return documentFields(e.check); }

Status fromFields(const Fields& fields, ChecklistEntry& out) {
    ChecklistEntry e;
    for (const auto& [name, value] : fields) {
        if (name == "status") {
            if (!documentStatusFromCode(value, e.check.status)) return fail(ErrorCode::InvalidOperation, "status: " + value);
        } else if (name == "location") {
            e.check.location = value;
        } else {
            return fail(ErrorCode::InvalidOperation, "unknown field " + name);
        }
    }
    out = std::move(e);
    return ok();
}

Status validate(const Workspace& ws, const ChecklistEntry& e) {
    if (!ws.catalogue().findDocument(e.id)) return fail(ErrorCode::UnknownDocument, e.id);
    return checkText(e.check.location, kMaxShortBytes, "location");
}

Fields cycleFields(const Cycle& c) {
    return {{"name", c.name}, {"frozen_at", c.frozenAt}, {"items", std::to_string(c.items.size())},
            {"documents", std::to_string(c.documents.size())}};
}

} // namespace kanri::model
