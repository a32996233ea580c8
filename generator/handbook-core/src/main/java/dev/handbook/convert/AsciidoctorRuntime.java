package dev.handbook.convert;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.AsciidoctorJRuby;

/**
 * Starts Asciidoctor's JRuby runtime without RubyGems. Loading RubyGems is about 40% of the runtime's start-up
 * (measured here: 1.7 s against 1.1 s), and handbook needs no gem but Asciidoctor itself: no highlighter, no
 * templates, no other back end. Asciidoctor's own folder inside the AsciidoctorJ jar goes on the load path instead.
 * If a different AsciidoctorJ no longer has that folder, the runtime starts the slow, usual way.
 *
 * <p>It also starts without JRuby's native layer (jnr-posix, jffi): loading it is some 400 classes and about 0.2 s of a
 * 1.1 s start here, and Asciidoctor in secure mode neither spawns processes nor changes the environment, the things
 * the Java fallbacks cannot do. JRuby reads that setting once per JVM, when it first configures a runtime; in a JVM
 * where JRuby started before, the runtime keeps what that start chose.
 */
final class AsciidoctorRuntime {

    /** Asciidoctor's gem inside AsciidoctorJ 3.0.1; {@code AsciidoctorRuntimeTest} fails when an upgrade moves it. */
    static final String GEM_LIB = "gems/asciidoctor-2.0.26/lib";
    /** JRuby reads this once per runtime, when it is configured (RubyInstanceConfig). */
    private static final String RUBYGEMS = "jruby.cli.rubygems.enable";
    /** JRuby reads this once per JVM (a static of RubyInstanceConfig). */
    private static final String NATIVE = "jruby.native.enabled";
    private static final Object CONFIGURING = new Object();

    private AsciidoctorRuntime() {}

    static Asciidoctor create() {
        ClassLoader loader = AsciidoctorJRuby.class.getClassLoader();
        if (loader.getResource(GEM_LIB + "/asciidoctor.rb") == null) {
            return Asciidoctor.Factory.create();
        }
        synchronized (CONFIGURING) { // the properties are global: set them only while this runtime is configured
            Map<String, String> before = new HashMap<>();
            for (String property : List.of(RUBYGEMS, NATIVE)) {
                before.put(property, System.getProperty(property));
                System.setProperty(property, "false");
            }
            try {
                return AsciidoctorJRuby.Factory.create(List.of("uri:classloader:/" + GEM_LIB));
            } finally {
                before.forEach((property, value) -> {
                    if (value == null) {
                        System.clearProperty(property);
                    } else {
                        System.setProperty(property, value);
                    }
                });
            }
        }
    }
}
