#pragma once
// What every stored thing shares, whatever its domain: a key (kind + id), a record of which
// keys changed since the store last wrote them, and its value as named fields for the history.
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kanri::model {

// An entity's identity across domains: ("item", "8.6.1-01"), ("cycle", "c2"), ("risk", "R-001").
struct EntityKey {
    std::string kind;
    std::string id;
    // Spelled out: the libc++ of Emscripten 3.1.6 has no operator<=> for std::string.
    bool operator==(const EntityKey&) const = default;
    bool operator<(const EntityKey& o) const { return kind != o.kind ? kind < o.kind : id < o.id; }
};

// An entity's value as (field, text) pairs in a fixed order: what the history compares and shows.
using Fields = std::vector<std::pair<std::string, std::string>>;

struct FieldChange {
    std::string field;
    std::string before;
    std::string after;
    bool operator==(const FieldChange&) const = default;
};

// The fields whose text differs (a missing field counts as empty), in the order of `after`,
// then those only in `before`.
std::vector<FieldChange> diffFields(const Fields& before, const Fields& after);

// What one change to the workspace did to one entity (the history records these).
struct Change {
    EntityKey key;
    std::vector<FieldChange> fields;
};

// Keys touched since the last persist; the store writes exactly these, kind by kind.
class ChangeSet {
public:
    void add(std::string_view kind, std::string id) { m_keys.insert({std::string(kind), std::move(id)}); }
    bool contains(std::string_view kind, std::string_view id) const {
        return m_keys.count({std::string(kind), std::string(id)}) > 0;
    }
    // The ids of one kind, sorted.
    std::vector<std::string> ids(std::string_view kind) const;
    bool any(std::string_view kind) const;
    bool empty() const { return m_keys.empty(); }
    size_t size() const { return m_keys.size(); }
    void clear() { m_keys.clear(); }
    const std::set<EntityKey>& keys() const { return m_keys; }

private:
    std::set<EntityKey> m_keys;
};

} // namespace kanri::model
