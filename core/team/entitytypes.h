// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfolio.h"

#include <tuple>
#include <type_traits>

namespace ps {

/// Every entity type of a portfolio, for code that handles each kind alike (team portfolios
/// turn any entity into rows and back through the file's writer and reader). A new EntityKind
/// is added here too; the assertion below fails until it is.
using EntityTypes = std::tuple<Icp, Partner, InfluenceLink, OemDeal, Scenario, Activity, Deal,
                               DecisionRecord, InvestmentPeriod, ScenarioPlan>;
static_assert(std::tuple_size_v<EntityTypes> == EntityKindCount,
              "core/team/entitytypes.h: add the new entity type to EntityTypes");

namespace detail {
template <typename F, size_t... I> void forEachEntityType(F &&f, std::index_sequence<I...>) {
    (f(static_cast<std::tuple_element_t<I, EntityTypes> *>(nullptr)), ...);
}
} // namespace detail

/// Calls `f(T *)` (a null pointer that names the type) for every entity type T.
template <typename F> void forEachEntityType(F &&f) {
    detail::forEachEntityType(f, std::make_index_sequence<std::tuple_size_v<EntityTypes>>());
}

/// Calls `f(T *)` for the entity type of `kind`.
template <typename F> void withEntityType(EntityKind kind, F &&f) {
    forEachEntityType([&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        if (KindOf<T>::value == kind)
            f(tag);
    });
}

} // namespace ps
