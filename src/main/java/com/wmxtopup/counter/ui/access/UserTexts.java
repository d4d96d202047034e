package com.wmxtopup.counter.ui.access;

import com.wmxtopup.counter.application.access.ManageUsers;
import com.wmxtopup.counter.domain.Role;
import com.wmxtopup.counter.ui.common.I18n;
import java.util.Locale;

/// The words for roles and for why a user change was refused.
final class UserTexts {

    private UserTexts() {
    }

    static String refusal(I18n i18n, ManageUsers.Refusal refusal) {
        return i18n.text("users.refused." + refusal.name().toLowerCase(Locale.ROOT));
    }

    static String role(I18n i18n, Role role) {
        return i18n.text("users.role." + role.name().toLowerCase(Locale.ROOT));
    }
}
