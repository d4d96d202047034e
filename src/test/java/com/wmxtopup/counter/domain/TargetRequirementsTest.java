package com.wmxtopup.counter.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetRequirementsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            # supplier game name,        rule key,               fields,         nickname code
            Mobile Legends A,            mobile-legends,         userId zoneId,  mobile-legends
            Mobile Legends B,            mobile-legends,         userId zoneId,  mobile-legends
            Mobile Legends Gift,         mobile-legends,         userId zoneId,  mobile-legends
            Mobile Legends (Global),     mobile-legends-region,  userId zoneId,  mobile-legends-region
            Mobile Legends (Malaysia),   mobile-legends-region,  userId zoneId,  mobile-legends-region
            Mobile Legends (Brazil),     mobile-legends-region,  userId zoneId,  mobile-legends-region
            Free Fire,                   free-fire,              userId,         free-fire
            Free Fire MAX,               free-fire,              userId,         free-fire
            PUBG Mobile (Indonesia),     pubg-mobile,            userId,         pubgm
            Genshin Impact,              genshin-impact,         userId zoneId,  genshin-impact
            Honkai Star Rail,            honkai-star-rail,       userId zoneId,  honkai-star-rail
            Valorant,                    valorant,               userId,         valorant
            Point Blank,                 point-blank,            userId,         pointblank
            Honor of Kings,              honor-of-kings,         userId,         ''
            iQIYI Premium,               generic,                userId,         ''
            '',                          generic,                userId,         ''
            """)
    void eachGameHasItsRule(String game, String key, String fields, String nicknameCode) {
        TargetRequirement rule = TargetRequirements.forGame(game);
        assertThat(rule.key()).isEqualTo(key);
        assertThat(rule.fields().stream().map(TargetField::apiName).toList()).isEqualTo(List.of(fields.split(" ")));
        assertThat(rule.nicknameCode()).isEqualTo(nicknameCode == null ? "" : nicknameCode);
    }

    @ParameterizedTest(name = "{0}: ''{1}'' / ''{2}'' -> {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # game,                  user id,           zone,        expected problems (field:PROBLEM, space separated; ok = none)
            Mobile Legends B,        136216325,         2685,        ok
            Mobile Legends B,        ' 136216325 ',     ' 2685 ',    ok
            Mobile Legends B,        136216325,         '',          zoneId:REQUIRED
            Mobile Legends B,        '',                '',          userId:REQUIRED zoneId:REQUIRED
            Mobile Legends B,        13621632a,         2685,        userId:DIGITS_ONLY
            Mobile Legends B,        1234,              2685,        userId:LENGTH
            Mobile Legends B,        1234567890123,     2685,        userId:LENGTH
            Mobile Legends B,        136216325,         26a5,        zoneId:DIGITS_ONLY
            Mobile Legends B,        136216325,         12,          zoneId:LENGTH
            Mobile Legends B,        136216325,         1234567,     zoneId:LENGTH
            Mobile Legends (Global), 136216325,         2685,        ok
            Free Fire,               123456789,         '',          ok
            Free Fire,               123456789,         1,           zoneId:NOT_ALLOWED
            Free Fire,               12345,             '',          userId:LENGTH
            Free Fire,               123456789012345,   '',          userId:LENGTH
            Free Fire,               12345678a,         '',          userId:DIGITS_ONLY
            PUBG Mobile,             51234567890,       '',          ok
            PUBG Mobile,             1234,              '',          userId:LENGTH
            Genshin Impact,          812345678,         os_asia,     ok
            Genshin Impact,          1812345678,        os_euro,     ok
            Genshin Impact,          812345678,         '',          zoneId:REQUIRED
            Genshin Impact,          812345678,         asia,        zoneId:UNKNOWN_SERVER
            Genshin Impact,          81234567,          os_usa,      userId:LENGTH
            Honkai Star Rail,        812345678,         prod_official_asia, ok
            Honkai Star Rail,        812345678,         os_asia,     zoneId:UNKNOWN_SERVER
            Valorant,                Player#SEA1,       '',          ok
            Valorant,                'Player One#SEA',  '',          userId:INVALID_CHARACTERS
            Valorant,                ab,                '',          userId:LENGTH
            Point Blank,             player_01,         '',          ok
            Honor of Kings,          123456789,         '',          ok
            iQIYI Premium,           someone@mail.id,   '',          ok
            iQIYI Premium,           '',                '',          userId:REQUIRED
            """)
    void targetsAreValidatedPerGame(String game, String userId, String zone, String expected) {
        var violations = TargetRequirements.forGame(game).validate(new TopUpTarget(userId, zone));
        var actual = violations.stream().map(v -> v.field().apiName() + ":" + v.problem()).toList();
        assertThat(actual).isEqualTo(expected.equals("ok") ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void unknownServerListsTheChoices() {
        var violation = TargetRequirements.GENSHIN_IMPACT.validate(new TopUpTarget("812345678", "eu")).getFirst();
        assertThat(violation.detail()).isEqualTo("os_asia, os_usa, os_euro, os_cht");
    }

    @Test
    void lengthViolationSaysTheRange() {
        var violation = TargetRequirements.FREE_FIRE.validate(TopUpTarget.of("123")).getFirst();
        assertThat(violation.detail()).isEqualTo("6-14");
    }

    @Test
    void targetDisplaysZoneInParentheses() {
        assertThat(new TopUpTarget("136216325", "2685").display()).isEqualTo("136216325 (2685)");
        assertThat(TopUpTarget.of("123456789").display()).isEqualTo("123456789");
    }
}
