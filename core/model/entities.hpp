#pragma once
// The shared pieces every domain module builds on: entities with stable ids ("R-001") and
// created/changed stamps, one ordered collection type for all kinds (EntityMap<T>), and its
// type-erased face (Collection) through which the workspace, the generic commands, the store
// and the exchange handle a kind they know only by name.
//
// A module's entity type T has:
//   static constexpr std::string_view kKind = "risk", kPrefix = "R-";
//   (optionally) static constexpr int kIdDigits = 1;  // "c1" rather than the usual "c001"
//   std::string id; Stamp stamp; ... its own members ...
// and, found by argument-dependent lookup in its namespace:
//   Fields fieldsOf(const T&);                 // its value as named texts (history, storage)
//   (optionally) Fields historyFieldsOf(const T&); // what the history shows, when not all of it
//   Status fromFields(const Fields&, T&);      // the reverse; refuses what is not valid text
//   Status validate(const Workspace&, const T&); // its rules
#include "model/entity.hpp"
#include "model/error.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::model {

class Workspace;

struct Stamp {
    std::string createdAt; // ISO 8601 UTC, set when first put
    std::string changedAt; // ISO 8601 UTC, set by every put
    std::string author;    // who made the last change ("" when no name was given)
    bool operator==(const Stamp&) const = default;
};

// A kind's entities, whatever their type: what the generic commands, the store and the
// exchange need. Positions are the user's order (a put appends; a remove remembers its place).
class Collection {
public:
    virtual ~Collection() = default;
    virtual std::string_view kind() const = 0;
    virtual std::string_view prefix() const = 0;
    virtual size_t size() const = 0;
    virtual const std::string& idAt(size_t index) const = 0;
    virtual const Stamp& stampAt(size_t index) const = 0;
    virtual Fields fieldsAt(size_t index) const = 0;
    // What the history records of it: its fields, or the kind's summary (a cycle's counts).
    virtual Fields historyFieldsAt(size_t index) const = 0;
    virtual std::optional<size_t> indexOf(std::string_view id) const = 0;
    // Whether id has the form of the kind's ids: its prefix and a number ("R-007"), or, for a
    // kind without a prefix, any id (the catalogue gives them: a clause note's is its clause's,
    // which the kind's rules check).
    virtual bool acceptsId(std::string_view id) const = 0;
    // The id of a number of the kind's series ("R-007").
    virtual std::string idOf(int64_t number) const = 0;
    // The next free number of the kind's ids; numbers are never handed out twice.
    virtual int64_t nextNumber() const = 0;
    virtual void raiseNextNumber(int64_t next) = 0;
    // Checks fields as an entity of this kind (an import, a load) without adding it.
    virtual Status check(const Workspace& ws, const std::string& id, const Fields& fields) const = 0;
    // Adds an entity read from storage or an import (checked before): no change is recorded.
    virtual Status load(std::string id, Stamp stamp, const Fields& fields, std::optional<size_t> position) = 0;
    // Removes the entity at index and returns it, opaque, for restore() to put back.
    virtual std::shared_ptr<const void> take(size_t index) = 0;
    virtual void restore(const std::shared_ptr<const void>& entity, size_t position) = 0;
    virtual void clear() = 0;
};

// "R-" and 7 → "R-007" (three digits at least by default, so ids sort as they were made up to 999).
std::string formatId(std::string_view prefix, int64_t number, int digits = 3);
// The number of an id of this prefix ("R-012" → 12), if it is one.
std::optional<int64_t> idNumber(std::string_view prefix, std::string_view id);

// Every name and value is valid UTF-8 (whatever the kind's own rules check): what the model
// keeps can always be written as JSON.
Status fieldsAreText(const Fields& fields);

// The least digits of a kind's id numbers: its kIdDigits, or 3.
template <typename T> constexpr int idDigits() {
    if constexpr (requires { T::kIdDigits; }) return T::kIdDigits;
    else return 3;
}

template <typename T> class EntityMap final : public Collection {
public:
    // --- typed access ---------------------------------------------------------------------
    const T* find(std::string_view id) const {
        auto it = m_index.find(id);
        return it == m_index.end() ? nullptr : &m_items[it->second];
    }
    const std::vector<T>& all() const { return m_items; }
    std::string peekNewId() const { return idOf(m_next); }
    std::string newId() { return idOf(m_next++); }
    // Inserts (at position, or the end) or replaces the entity with value.id.
    void put(T value, std::optional<size_t> position = std::nullopt) {
        if constexpr (!T::kPrefix.empty())
            if (auto n = idNumber(T::kPrefix, value.id)) m_next = std::max(m_next, *n + 1);
        if (auto it = m_index.find(value.id); it != m_index.end()) {
            m_items[it->second] = std::move(value);
            return;
        }
        const size_t at = std::min(position.value_or(m_items.size()), m_items.size());
        m_items.insert(m_items.begin() + static_cast<std::ptrdiff_t>(at), std::move(value));
        if (at + 1 == m_items.size()) m_index.emplace(m_items.back().id, at); // appended: the others keep their places
        else reindex();
    }

    // --- Collection --------------------------------------------------------------------------
    std::string_view kind() const override { return T::kKind; }
    std::string_view prefix() const override { return T::kPrefix; }
    size_t size() const override { return m_items.size(); }
    const std::string& idAt(size_t i) const override { return m_items[i].id; }
    const Stamp& stampAt(size_t i) const override { return m_items[i].stamp; }
    Fields fieldsAt(size_t i) const override { return fieldsOf(m_items[i]); }
    Fields historyFieldsAt(size_t i) const override {
        if constexpr (requires(const T& v) { historyFieldsOf(v); }) return historyFieldsOf(m_items[i]);
        else return fieldsOf(m_items[i]);
    }
    std::optional<size_t> indexOf(std::string_view id) const override {
        auto it = m_index.find(id);
        return it == m_index.end() ? std::nullopt : std::optional<size_t>(it->second);
    }
    bool acceptsId(std::string_view id) const override {
        if constexpr (T::kPrefix.empty()) return !id.empty();
        else return idNumber(T::kPrefix, id).has_value();
    }
    std::string idOf(int64_t number) const override { return formatId(T::kPrefix, number, idDigits<T>()); }
    int64_t nextNumber() const override { return m_next; }
    void raiseNextNumber(int64_t next) override { m_next = std::max(m_next, next); }
    Status check(const Workspace& ws, const std::string& id, const Fields& fields) const override {
        if (auto s = fieldsAreText(fields); !s) return s;
        T value;
        if (auto s = fromFields(fields, value); !s) return s;
        value.id = id;
        return validate(ws, value);
    }
    Status load(std::string id, Stamp stamp, const Fields& fields, std::optional<size_t> position) override {
        T value;
        if (auto s = fromFields(fields, value); !s) return s;
        value.id = std::move(id);
        value.stamp = std::move(stamp);
        put(std::move(value), position);
        return ok();
    }
    std::shared_ptr<const void> take(size_t i) override {
        auto out = std::make_shared<const T>(std::move(m_items[i]));
        m_items.erase(m_items.begin() + static_cast<std::ptrdiff_t>(i));
        reindex();
        return out;
    }
    void restore(const std::shared_ptr<const void>& entity, size_t position) override {
        put(*static_cast<const T*>(entity.get()), position);
    }
    void clear() override {
        m_items.clear();
        m_index.clear();
    }

private:
    void reindex() {
        m_index.clear();
        for (size_t i = 0; i < m_items.size(); ++i) m_index.emplace(m_items[i].id, i);
    }
    std::vector<T> m_items;
    std::map<std::string, size_t, std::less<>> m_index;
    int64_t m_next = 1;
};

// Fields as one text and back (the store keeps an entity in one row): each name and value
// prefixed by its length in bytes, so any text round-trips exactly. Fields without text are
// left out (every kind's fromFields reads an absent field as empty): a risk with most of its
// fields blank takes a quarter of the room.
std::string encodeFields(const Fields& fields);
bool decodeFields(std::string_view text, Fields& out);
// The value of a field ("" when absent).
const std::string& fieldValue(const Fields& fields, std::string_view name);
// Sets a field, appending it when absent.
void setField(Fields& fields, std::string_view name, std::string value);

// Reads an entity's fields by name, for a kind whose fields are not in a fixed order (indexed
// lists: "party.2.name"): each field taken once; what is left is unknown. A name given twice
// is refused by status().
class FieldTaker {
public:
    explicit FieldTaker(const Fields& fields);
    const Status& status() const { return m_status; }
    // The field's text, "" when absent.
    std::string take(const std::string& name);
    // A count of list entries ("" is 0), refused with `code` when not digits or above max.
    Status count(const std::string& name, size_t max, ErrorCode code, size_t& out);
    // Refused, naming the first field nobody took.
    Status nothingLeft() const;

private:
    std::map<std::string, std::string, std::less<>> m_fields;
    Status m_status = kanri::ok();
};

} // namespace kanri::model
