package dev.handbook.convert;

import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.AsciidoctorJRuby;

/**
 * Starts Asciidoctor's JRuby runtime without RubyGems. Loading RubyGems is about 40% of the runtime's start-up
 * (measured here: 1.7 s against 1.1 s), and handbook needs no gem but Asciidoctor itself: no highlighter, no
 * templates, no other back end. Asciidoctor's own folder inside the AsciidoctorJ jar goes on the load path instead.
 * If a different AsciidoctorJ no longer has that folder, the runtime starts the slow, usual way.
 */
final class AsciidoctorRuntime {

    /** Asciidoctor's gem inside AsciidoctorJ 3.0.1; {@code AsciidoctorRuntimeTest} fails when an upgrade moves it. */
    static final String GEM_LIB = "gems/asciidoctor-2.0.26/lib";
    /** JRuby reads this once per runtime, when it is configured (RubyInstanceConfig). */
    private static final String RUBYGEMS = "jruby.cli.rubygems.enable";
    private static final Object CONFIGURING = new Object();

    private AsciidoctorRuntime() {}

    static Asciidoctor create() {
        ClassLoader loader = AsciidoctorJRuby.class.getClassLoader();
        if (loader.getResource(GEM_LIB + "/asciidoctor.rb") == null) {
            return Asciidoctor.Factory.create();
        }
        synchronized (CONFIGURING) { // the property is global: set it only while this runtime is configured
            String before = System.getProperty(RUBYGEMS);
            System.setProperty(RUBYGEMS, "false");
            try {
                return AsciidoctorJRuby.Factory.create(List.of("uri:classloader:/" + GEM_LIB));
            } finally {
                if (before == null) {
                    System.clearProperty(RUBYGEMS);
                } else {
                    System.setProperty(RUBYGEMS, before);
                }
            }
        }
    }
}
