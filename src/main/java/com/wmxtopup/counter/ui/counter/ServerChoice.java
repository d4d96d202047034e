package com.wmxtopup.counter.ui.counter;

import com.wmxtopup.counter.ui.common.I18n;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The player step's server box (Genshin Impact): the game's servers by name, and the chosen one
/// kept equal to the zone the supplier gets — choosing a server sets the zone, and the other way
/// round.
final class ServerChoice {

    /// A server as the cashier reads it ("Asia") and as the supplier wants it (`os_asia`).
    public record Server(String code, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /// The server most players at an Indonesian counter are on: chosen before the cashier asks.
    static final String USUAL_SERVER = "os_asia";

    private final StringProperty zoneId;
    private final I18n i18n;
    private final ObservableList<Server> servers = FXCollections.observableArrayList();
    private final ObjectProperty<Server> server = new SimpleObjectProperty<>();
    /// Set while the server and the zone follow each other (or the list is replaced, when a choice
    /// cleared on the way is no choice): the other side does not answer back.
    private boolean linking;

    ServerChoice(StringProperty zoneId, I18n i18n) {
        this.zoneId = zoneId;
        this.i18n = i18n;
        server.addListener((obs, old, now) -> link(() -> zoneId.set(now == null ? "" : now.code())));
        zoneId.addListener((obs, old, now) -> link(() -> server.set(serverOf(now))));
    }

    /// The servers of the game now chosen (none for other games), named in the current language;
    /// the choice stays.
    void show(List<String> codes) {
        link(() -> {
            servers.setAll(codes.stream().map(code -> new Server(code, serverName(code))).toList());
            server.set(serverOf(zoneId.get()));
        });
    }

    /// The zone a new sale starts with: the usual server when the game has it.
    String usualOrEmpty() {
        return servers.stream().anyMatch(s -> s.code().equals(USUAL_SERVER)) ? USUAL_SERVER : "";
    }

    ObservableList<Server> servers() {
        return servers;
    }

    ObjectProperty<Server> serverProperty() {
        return server;
    }

    private void link(Runnable change) {
        if (linking) {
            return;
        }
        linking = true;
        try {
            change.run();
        } finally {
            linking = false;
        }
    }

    private String serverName(String code) {
        String key = "sale.server." + code;
        return i18n.bundle().containsKey(key) ? i18n.text(key) : code;
    }

    private Server serverOf(String code) {
        return servers.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }
}
