package com.wmxtopup.counter.application.settings;

import com.wmxtopup.counter.application.access.Operator;
import com.wmxtopup.counter.application.audit.Audit;
import com.wmxtopup.counter.application.audit.AuditAction;
import com.wmxtopup.counter.application.port.LiveSettings;
import com.wmxtopup.counter.application.port.SettingSources;
import com.wmxtopup.counter.application.port.SettingsStore;
import com.wmxtopup.counter.domain.Permission;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The Pengaturan screen's use case: reads the settings as they are in effect (saved, or fixed by
/// the environment or a configuration file, or the default), checks values as typed, and saves
/// changes — only for someone allowed to change settings, one audit line per changed key (old →
/// new, or only "changed" for a secret), applied at once where that is possible.
public final class SettingsEditor {

    private static final Logger log = LoggerFactory.getLogger(SettingsEditor.class);

    private final SettingsStore store;
    private final SettingSources sources;
    private final LiveSettings live;
    private final Audit audit;

    public SettingsEditor(SettingsStore store, SettingSources sources, LiveSettings live, Audit audit) {
        this.store = store;
        this.sources = sources;
        this.live = live;
        this.audit = audit;
    }

    /// One setting as the screen shows it.
    ///
    /// @param value what the field holds: the value, or for a secret nothing (typing replaces it)
    /// @param shown for a secret its last four characters (a database URL without its password); else the value
    /// @param fixedBy where a value that outranks the screen comes from (the field is read-only); empty when editable
    /// @param unreadable a saved secret that cannot be opened any more (enter it again)
    public record Field(Setting setting, String value, String shown, Optional<String> fixedBy, boolean unreadable) {
        public boolean isFixed() {
            return fixedBy.isPresent();
        }
    }

    /// What a save did.
    ///
    /// @param changed every setting whose value changed
    /// @param needRestart those of them that take effect only at the next start
    public record Saved(List<Setting> changed, List<Setting> needRestart) {
    }

    /// Every setting, in the order of [Setting].
    public List<Field> read() throws IOException {
        SettingsStore.Saved saved = store.load();
        var fields = new ArrayList<Field>();
        for (Setting setting : Setting.values()) {
            Optional<SettingSources.Fixed> fixed = sources.fixed(setting.property());
            String plain = fixed.map(SettingSources.Fixed::value)
                    .orElseGet(() -> saved.values().getOrDefault(setting.property(), sources.defaultValue(setting.property())));
            String shown = switch (setting.kind()) {
                case SECRET -> SettingRules.lastFour(plain);
                case DATABASE_URL -> SettingRules.redactDatabaseUrl(plain);
                default -> plain;
            };
            boolean unreadable = fixed.isEmpty() && saved.unreadable().contains(setting.property());
            fields.add(new Field(setting, setting.isSecret() ? "" : plain, shown, fixed.map(SettingSources.Fixed::source), unreadable));
        }
        return List.copyOf(fields);
    }

    public Optional<Problem> check(Setting setting, String typed) {
        return SettingRules.check(setting, typed);
    }

    /// The value in effect for `setting`, secrets in plain text: for connection tests of what
    /// is saved. Never for a screen.
    String plainValue(Setting setting) throws IOException {
        Optional<SettingSources.Fixed> fixed = sources.fixed(setting.property());
        if (fixed.isPresent()) {
            return fixed.get().value();
        }
        return store.load().values().getOrDefault(setting.property(), sources.defaultValue(setting.property()));
    }

    /// Saves `edits` (typed values; an empty secret keeps the saved one). Settings fixed by a
    /// higher source are not the screen's to change and are ignored.
    ///
    /// @throws com.wmxtopup.counter.application.access.NotPermittedException unless `operator` may change settings
    /// @throws InvalidSettingsException when a value is not acceptable; nothing is saved then
    /// @throws IOException when the file cannot be written; nothing changed then
    public Saved save(Operator operator, Map<Setting, String> edits) throws IOException, InvalidSettingsException {
        operator.require(Permission.CHANGE_SETTINGS);
        var problems = new EnumMap<Setting, Problem>(Setting.class);
        edits.forEach((setting, typed) -> SettingRules.check(setting, typed).ifPresent(p -> problems.put(setting, p)));
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        SettingsStore.Saved saved = store.load();
        Map<String, String> next = new HashMap<>(saved.values());
        var changed = new ArrayList<Setting>();
        var before = new EnumMap<Setting, String>(Setting.class);
        for (Setting setting : Setting.values()) {
            String typed = edits.get(setting);
            if (typed == null || sources.fixed(setting.property()).isPresent()) {
                continue;
            }
            String value = typed.strip();
            if (setting.isSecret() && value.isEmpty()) {
                continue;
            }
            String old = saved.values().getOrDefault(setting.property(), sources.defaultValue(setting.property()));
            String effective = value.isEmpty() ? sources.defaultValue(setting.property()) : value;
            if (effective.equals(old) && !saved.unreadable().contains(setting.property())) {
                continue;
            }
            if (value.isEmpty()) {
                next.remove(setting.property());
            } else {
                next.put(setting.property(), value);
            }
            before.put(setting, old);
            changed.add(setting);
        }
        if (changed.isEmpty()) {
            return new Saved(List.of(), List.of());
        }
        var secrets = new HashSet<String>();
        for (Setting setting : Setting.values()) {
            if (setting.isSecret()) {
                secrets.add(setting.property());
            }
        }
        store.save(next, secrets);
        var needRestart = new ArrayList<Setting>();
        for (Setting setting : changed) {
            String detail = setting.isSecret()
                    ? "changed"
                    : before.get(setting) + " → " + next.getOrDefault(setting.property(),
                            sources.defaultValue(setting.property()));
            audit.record(operator, AuditAction.SETTINGS_CHANGED, setting.property(), detail);
            if (setting.needsRestart()) {
                needRestart.add(setting);
            } else {
                applyNow(setting, next.getOrDefault(setting.property(), sources.defaultValue(setting.property())), needRestart);
            }
        }
        log.info("Settings changed by {}: {}", operator.describe(), changed.stream().map(Setting::property).toList());
        return new Saved(List.copyOf(changed), List.copyOf(needRestart));
    }

    private void applyNow(Setting setting, String value, List<Setting> needRestart) {
        try {
            live.apply(setting.property(), value);
        } catch (RuntimeException e) {
            // Saved all the same: the next start reads it.
            log.warn("Could not apply {} at once; it applies at the next start", setting.property(), e);
            needRestart.add(setting);
        }
    }
}
