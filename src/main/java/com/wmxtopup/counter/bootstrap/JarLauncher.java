package com.wmxtopup.counter.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// The `Main-Class` of `wmx-topup-counter.jar`: `java -jar` with JavaFX as named modules.
///
/// JavaFX supports only being loaded as modules ("Unsupported JavaFX configuration: classes were
/// loaded from 'unnamed module'" otherwise), and a jar's manifest cannot name a module path. So
/// the jar has no `Class-Path`; the build puts the libraries in `lib/` and JavaFX's module jars in
/// `lib/javafx/` next to it, and this class, using nothing but the JDK, builds a [ModuleLayer] of
/// the JavaFX modules (the module system's documented way to load modules at run time, with native
/// access enabled as `--enable-native-access=javafx.graphics` would) and a class loader for the
/// application jar and `lib/` whose parent is that layer's. [Launcher] then runs in it: the
/// application is on a class path (an unnamed module, which reads every module) and sees JavaFX
/// as `javafx.graphics` and the others. The system class loader sees only this jar, so no library
/// is loaded twice.
///
/// Headless mode and the one-shot commands get no layer: they never load JavaFX. Tests,
/// `exec:exec` and jpackage's image start [Launcher] directly with JavaFX on the module path.
public final class JarLauncher {

    static final String CLASS_PATH_RESOURCE = "/META-INF/wmx-topup-counter/class-path";
    static final String JAVAFX_FOLDER = "lib/javafx";
    private static final List<String> JAVAFX_ROOTS = List.of("javafx.controls", "javafx.fxml", "javafx.swing");

    private JarLauncher() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    static int run(String[] args) throws Exception {
        Path jar = Path.of(JarLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path home = jar.toAbsolutePath().getParent();
        var urls = new ArrayList<URL>();
        urls.add(jar.toUri().toURL());
        for (String entry : classPath()) {
            Path library = home.resolve(entry);
            if (!Files.isRegularFile(library)) {
                System.err
                        .println("Cannot start: " + library + " is missing; keep " + jar.getFileName() + " together with its lib/ folder.");
                return Launcher.EXIT_FAILURE;
            }
            urls.add(library.toUri().toURL());
        }
        boolean window = WindowArguments.mayOpenWindow(args);
        Path javaFx = home.resolve(JAVAFX_FOLDER);
        ClassLoader parent = window && Files.isDirectory(javaFx) ? javaFxLayer(javaFx) : ClassLoader.getPlatformClassLoader();

        Thread thread = Thread.currentThread();
        try (var application = new URLClassLoader("wmx-topup-counter", urls.toArray(URL[]::new), parent)) {
            thread.setContextClassLoader(application);
            var run = application.loadClass(Launcher.class.getName()).getDeclaredMethod("run", String[].class);
            run.setAccessible(true);
            return (Integer) run.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /// The JavaFX modules in `folder`, resolved against the boot layer, in a layer of their own.
    private static ClassLoader javaFxLayer(Path folder) {
        ModuleLayer boot = ModuleLayer.boot();
        Configuration configuration = boot.configuration().resolve(ModuleFinder.of(folder), ModuleFinder.of(), JAVAFX_ROOTS);
        ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(configuration, List.of(boot),
                ClassLoader.getPlatformClassLoader());
        controller.layer().modules().forEach(controller::enableNativeAccess);
        return controller.layer().findLoader("javafx.graphics");
    }

    /// The runtime libraries, relative to the jar's folder, in Maven's order (written at build time).
    private static List<String> classPath() throws IOException {
        try (InputStream in = JarLauncher.class.getResourceAsStream(CLASS_PATH_RESOURCE)) {
            if (in == null) {
                throw new IOException(CLASS_PATH_RESOURCE + " is missing from the jar");
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split(":"))
                    .filter(entry -> !entry.isBlank())
                    .toList();
        }
    }
}
