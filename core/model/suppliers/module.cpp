// The supplier register's and the responsibility matrices' contribution to the model.
#include "model/registry.hpp"
#include "model/suppliers/raci.hpp"
#include "model/suppliers/review.hpp"
#include "model/suppliers/signoff.hpp"
#include "model/suppliers/supplier.hpp"

namespace kanri::model::suppliers {

void install(Registry& r) {
    r.addKind<Supplier>();
    r.addKind<RaciMatrix>();
    r.addKind<RaciRow>();
    r.addKind<SignOff>();
    r.addKind<SavedTemplate>();
    r.addKind<SupplierReview>();
    // A third party is reached through a supplier of the register, which cannot go first.
    r.addRelation({"supplier.via", "supplier", "supplier", OnTargetRemoved::Refuse});
    // The risks a supplier brings; a removed risk takes the link with it.
    r.addRelation({"supplier.risk", "supplier", "risk", OnTargetRemoved::Cascade});
    // Rows and sign-offs belong to a matrix: removing it removes them (removeMatrix), a bare
    // remove of the matrix is refused, naming them.
    r.addRelation({kRowMatrix, "raci_row", "raci_matrix", OnTargetRemoved::Refuse});
    r.addRelation({kSignOffMatrix, "raci_signoff", "raci_matrix", OnTargetRemoved::Refuse});
    // A supplier's performance reviews are its record (8.3.4.1): the supplier cannot go before
    // them; what a review raised keeps it.
    r.addRelation({kReviewSupplier, "supplier_review", "supplier", OnTargetRemoved::Refuse});
    r.addRelation({kNcSupplierReview, "nonconformity", "supplier_review", OnTargetRemoved::Refuse});
    r.addRelation({kOfiSupplierReview, "opportunity", "supplier_review", OnTargetRemoved::Refuse});
}

} // namespace kanri::model::suppliers
