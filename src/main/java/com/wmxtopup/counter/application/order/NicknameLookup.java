package com.wmxtopup.counter.application.order;

import com.wmxtopup.counter.application.port.Nickname;
import com.wmxtopup.counter.application.port.SupplierException;
import com.wmxtopup.counter.application.port.TopUpSupplier;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.TargetRequirement;
import com.wmxtopup.counter.domain.TopUpTarget;
import java.util.Optional;

/// Looks up the player's nickname for a product's game so the cashier can read it back to the
/// customer before money changes hands. Talks to the supplier: never on the FX thread.
public final class NicknameLookup {

    private final TopUpSupplier supplier;

    public NicknameLookup(TopUpSupplier supplier) {
        this.supplier = supplier;
    }

    /// The nickname, or empty when the game has no nickname check. Throws
    /// [SupplierException] (kind TARGET_NOT_FOUND when the ID does not exist).
    public Optional<Nickname> lookup(Product product, TopUpTarget target) throws SupplierException {
        TargetRequirement requirement = product.targetRequirement();
        if (!requirement.supportsNicknameCheck()) {
            return Optional.empty();
        }
        return Optional.of(supplier.nickname(requirement.nicknameCode(), target));
    }
}
