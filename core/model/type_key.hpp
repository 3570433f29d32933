#pragma once
// One address per type, for the few places that ask what type a thing is (a command merging with
// the next, a module's view state): the wasm builds have no RTTI (-fno-rtti, docs/toolchain.md),
// so neither dynamic_cast nor typeid is there.
namespace kanri {

using TypeKey = const void*;

template <typename T> TypeKey typeKey() {
    static char tag; // one per T in the program (not const: no compiler may fold two into one)
    return &tag;
}

} // namespace kanri
