package dev.handbook.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.jruby.internal.JRubyAsciidoctor;
import org.junit.jupiter.api.Test;

/** The fast start without RubyGems: it must find Asciidoctor where AsciidoctorJ keeps it, and leave no trace. */
class AsciidoctorRuntimeTest {

    @Test
    void asciidoctorIsWhereTheFastStartLooksForIt() {
        assertThat(AsciidoctorRuntime.class.getClassLoader().getResource(AsciidoctorRuntime.GEM_LIB + "/asciidoctor.rb"))
                .as("AsciidoctorJ moved its Asciidoctor gem: set AsciidoctorRuntime.GEM_LIB to the new folder, or builds with"
                        + " AsciiDoc start a second slower")
                .isNotNull();
    }

    @Test
    void theRuntimeWithoutRubyGemsOrNativeCodeConvertsAndTheJvmsPropertiesAreLeftAsTheyWere() {
        String rubygems = System.getProperty("jruby.cli.rubygems.enable");
        String nativeCode = System.getProperty("jruby.native.enabled");
        Asciidoctor asciidoctor = AsciidoctorRuntime.create();
        try {
            assertThat(System.getProperty("jruby.cli.rubygems.enable")).isEqualTo(rubygems);
            assertThat(System.getProperty("jruby.native.enabled")).isEqualTo(nativeCode);
            assertThat(((JRubyAsciidoctor) asciidoctor).getRubyRuntime().getInstanceConfig().isNativeEnabled())
                    .as("the runtime loads no jnr-posix (JRuby read the property at its first start in this JVM)")
                    .isFalse();
            assertThat(asciidoctor.convert("== Restore\n\n. Stop the *writer*.\n\nNOTE: check `pg_is_in_recovery()`.\n", Options.builder().build()))
                    .contains("<h2 id=\"_restore\">Restore</h2>", "<strong>writer</strong>", "<code>pg_is_in_recovery()</code>",
                            "admonitionblock note");
            assertThat(asciidoctor.asciidoctorVersion()).startsWith(AsciidoctorRuntime.GEM_LIB.replaceAll(".*asciidoctor-(.*)/lib", "$1"));
        } finally {
            asciidoctor.close();
        }
    }
}
