#pragma once
// Links between entities are data of their own: (from kind/id, relation, to kind/id). Each
// relation says which kinds it joins and what removing a target does: refuse (with the list
// of what points at it) or remove the links too, in the same undoable command. Both ends must
// exist when a link is written: an entity of a registered collection, or a thing of the
// catalogue ("item" 8.6.1-01, "clause" 8.6.1, "document" doc-scope).
#include "model/entity.hpp"

#include <string>
#include <string_view>

namespace kanri::model {

struct Link {
    EntityKey from;
    std::string relation;
    EntityKey to;
    bool operator==(const Link&) const = default;
    bool operator<(const Link& o) const {
        if (!(from == o.from)) return from < o.from;
        if (relation != o.relation) return relation < o.relation;
        return to < o.to;
    }
};

enum class OnTargetRemoved {
    Refuse,  // the target cannot be removed while this link exists
    Cascade, // the link goes with the target (remembered, so an undo brings both back)
};

struct Relation {
    std::string_view name; // "risk.affects_item"
    std::string_view from; // kind of the source
    std::string_view to;   // kind of the target
    OnTargetRemoved onTargetRemoved;
};

// The change-set id of a link ("risk|R-001|risk.affects_item|item|8.6.1-01") and back.
std::string linkId(const Link& link);
bool linkFromId(std::string_view id, Link& out);

} // namespace kanri::model
