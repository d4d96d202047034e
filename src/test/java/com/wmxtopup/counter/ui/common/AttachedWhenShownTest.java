package com.wmxtopup.counter.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/// Hidden parts stay out of the pane until first shown, then come back in their place and stay.
class AttachedWhenShownTest {

    @Test
    void hiddenPartsJoinInTheirPlaceWhenFirstShownAndStay() {
        Region game = part("game", true);
        Region item = part("item", false);
        Region player = part("player", false);
        Region recent = part("recent", false);
        var pane = new Pane(game, item, player, recent);

        AttachedWhenShown.parts(pane);
        assertThat(pane.getChildren()).containsExactly(game);

        player.setVisible(true);
        game.setVisible(false);
        assertThat(pane.getChildren()).containsExactly(game, player);

        item.setVisible(true);
        assertThat(pane.getChildren()).containsExactly(game, item, player);

        item.setVisible(false);
        item.setVisible(true);
        assertThat(pane.getChildren()).as("attached once, not again").containsExactly(game, item, player);
        assertThat(recent.getParent()).isNull();
    }

    private static Region part(String id, boolean visible) {
        var region = new Region();
        region.setId(id);
        region.setVisible(visible);
        return region;
    }
}
