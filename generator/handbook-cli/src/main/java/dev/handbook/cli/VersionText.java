package dev.handbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code handbook --version}: the version and the commit the jar was built from, as the build wrote them. */
final class VersionText implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties built = new Properties();
        try (InputStream in = VersionText.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                built.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String[] {"handbook " + known(built.getProperty("version"), "unknown version") + " (" + commit(built) + ")",
                "Java " + System.getProperty("java.version") + ", " + System.getProperty("java.vm.name")};
    }

    private static String commit(Properties built) {
        String id = known(built.getProperty("commit"), null);
        if (id == null) {
            return "unknown commit"; // built outside a git checkout
        }
        return "commit " + id + ("true".equals(built.getProperty("dirty")) ? ", with uncommitted changes" : "");
    }

    /** The value, unless the build left the placeholder in place. */
    private static String known(String value, String otherwise) {
        return value == null || value.isBlank() || value.contains("${") ? otherwise : value;
    }
}
