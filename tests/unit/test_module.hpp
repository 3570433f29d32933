#pragma once
// A module of the tests' own, to try the shared pieces of the modules on: notes that may point
// at assessment items, at 7.5.4 documents and at each other (one relation refuses the removal of its target, the
// others remove their links with it).
#include "model/registry.hpp"
#include "model/workspace.hpp"

#include <span>
#include <string>
#include <vector>

namespace kanri::testmodule {

struct Note {
    static constexpr std::string_view kKind = "note", kPrefix = "N-";
    std::string id;
    model::Stamp stamp;
    std::string title;
    std::string body;
};
inline model::Fields fieldsOf(const Note& n) { return {{"title", n.title}, {"body", n.body}}; }
inline Status fromFields(const model::Fields& f, Note& n) {
    for (const auto& [name, value] : f)
        if (name != "title" && name != "body") return fail(ErrorCode::InvalidOperation, "unknown field " + name);
    n.title = model::fieldValue(f, "title");
    n.body = model::fieldValue(f, "body");
    return ok();
}
inline Status validate(const model::Workspace&, const Note& n) {
    if (n.title.empty()) return fail(ErrorCode::InvalidOperation, "a note needs a title");
    return ok();
}

inline void install(model::Registry& r) {
    r.addKind<Note>();
    r.addRelation({"note.about", "note", "item", model::OnTargetRemoved::Cascade});
    r.addRelation({"note.depends_on", "note", "note", model::OnTargetRemoved::Refuse});
    r.addRelation({"note.mentions", "note", "note", model::OnTargetRemoved::Cascade});
    // Refusing, so a removal that touched the links of the catalogue's things would show.
    r.addRelation({"note.cites", "note", "document", model::OnTargetRemoved::Refuse});
}

// The shipped modules and this one (built on first use: the shipped list lives in another file).
inline std::span<const model::ModelModule> modules() {
    static const std::vector<model::ModelModule> all = [] {
        std::vector<model::ModelModule> m(model::modelModules().begin(), model::modelModules().end());
        m.push_back({"notes", install});
        return m;
    }();
    return all;
}

} // namespace kanri::testmodule
