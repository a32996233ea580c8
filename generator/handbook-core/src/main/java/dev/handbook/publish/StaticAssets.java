package dev.handbook.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's static files: the defaults shipped in the jar, overridden or extended by {@code site/assets/}. Each
 * becomes a page under {@code assets/}.
 */
public final class StaticAssets {

    /** The default assets, listed because a jar cannot be listed portably. */
    static final List<String> DEFAULTS = List.of("handbook.css");

    public List<Page> collect(Path siteAssets) {
        Map<String, byte[]> assets = new TreeMap<>();
        for (String name : DEFAULTS) {
            try (InputStream in = StaticAssets.class.getResourceAsStream("/handbook/static/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing built-in asset " + name + ": the jar is incomplete");
                }
                assets.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (Files.isDirectory(siteAssets)) {
            try (Stream<Path> files = Files.walk(siteAssets)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = siteAssets.relativize(file).toString().replace('\\', '/');
                    assets.put(name, Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read assets in " + siteAssets + ": " + e.getMessage(), e);
            }
        }
        List<Page> pages = new ArrayList<>();
        assets.forEach((name, bytes) -> pages.add(new Page("assets/" + name, bytes)));
        return pages;
    }
}
