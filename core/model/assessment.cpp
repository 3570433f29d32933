#include "model/assessment.hpp"

#include "model/validation.hpp"
#include "model/workspace.hpp"

#include <utility>

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
    if (n.text.empty()) return fail(ErrorCode::InvalidOperation, "an empty note is no note (remove it)");
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
    if (e.check == DocumentCheck{}) return fail(ErrorCode::InvalidOperation, "an entry at unknown with no location is no entry (remove it)");
    return checkText(e.check.location, kMaxShortBytes, "location");
}

Fields fieldsOf(const Cycle& c) {
    Fields f{{"name", c.name}, {"frozen_at", c.frozenAt}};
    for (const auto& [id, a] : c.items) {
        f.push_back({"item/" + id + "/rating", std::string(ratingCode(a.rating))});
        f.push_back({"item/" + id + "/justification", a.justification});
    }
    for (const auto& [id, d] : c.documents) {
        f.push_back({"document/" + id + "/status", std::string(documentStatusCode(d.status))});
        f.push_back({"document/" + id + "/location", d.location});
    }
    return f;
}

// The history of a cycle is of the cycle, not of every value it froze.
Fields historyFieldsOf(const Cycle& c) {
    return {{"name", c.name}, {"frozen_at", c.frozenAt}, {"items", std::to_string(c.items.size())},
            {"documents", std::to_string(c.documents.size())}};
}

namespace {
// "item/8.6.1-01/rating" → {"8.6.1-01", "rating"} for the head "item/"; empty when not of it.
std::pair<std::string, std::string_view> splitField(std::string_view name, std::string_view head) {
    if (name.substr(0, head.size()) != head) return {};
    const size_t slash = name.rfind('/');
    if (slash == std::string_view::npos || slash <= head.size()) return {};
    return {std::string(name.substr(head.size(), slash - head.size())), name.substr(slash + 1)};
}
} // namespace

Status fromFields(const Fields& fields, Cycle& out) {
    Cycle c;
    for (const auto& field : fields) {
        const std::string& name = field.first;
        const std::string& value = field.second;
        auto bad = [&] { return fail(ErrorCode::InvalidOperation, name + ": " + value); };
        if (name == "name") {
            c.name = value;
        } else if (name == "frozen_at") {
            c.frozenAt = value;
        } else if (auto [item, member] = splitField(name, "item/"); !item.empty()) {
            if (member == "rating") {
                auto r = ratingFromCode(value);
                if (!r) return bad();
                c.items[item].rating = *r;
            } else if (member == "justification") {
                c.items[item].justification = value;
            } else {
                return fail(ErrorCode::InvalidOperation, "unknown field " + name);
            }
        } else if (auto [doc, part] = splitField(name, "document/"); !doc.empty()) {
            if (part == "status") {
                if (!documentStatusFromCode(value, c.documents[doc].status)) return bad();
            } else if (part == "location") {
                c.documents[doc].location = value;
            } else {
                return fail(ErrorCode::InvalidOperation, "unknown field " + name);
            }
        } else {
            return fail(ErrorCode::InvalidOperation, "unknown field " + name);
        }
    }
    out = std::move(c);
    return ok();
}

Status validate(const Workspace& ws, const Cycle& c) {
    if (isBlank(c.name)) return fail(ErrorCode::CycleNameMissing);
    if (auto s = checkText(c.name, kMaxShortBytes, "name"); !s) return s;
    for (const auto& [id, a] : c.items) {
        if (!ws.catalogue().findItem(id)) return fail(ErrorCode::UnknownItem, id);
        if (a.rating == Rating::Unrated) return fail(ErrorCode::InvalidRating, id);
        if (auto s = checkText(a.justification, kMaxNoteBytes, "justification"); !s) return s;
    }
    for (const auto& [id, d] : c.documents) {
        if (!ws.catalogue().findDocument(id)) return fail(ErrorCode::UnknownDocument, id);
        if (auto s = checkText(d.location, kMaxShortBytes, "location"); !s) return s;
    }
    return ok();
}

} // namespace kanri::model
