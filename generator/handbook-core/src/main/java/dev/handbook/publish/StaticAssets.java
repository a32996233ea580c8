package dev.handbook.publish;

import dev.handbook.render.Page;
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
import org.webjars.WebJarVersionLocator;

/**
 * The theme's static files: the defaults shipped in the jar, the browser libraries from WebJars under {@code vendor/},
 * overridden or extended by {@code site/assets/}. Each becomes a page under {@code assets/}.
 */
public final class StaticAssets {

    /** Where the assets go in the site. */
    public static final String FOLDER = "assets/";

    /** The default assets, listed because a jar cannot be listed portably. */
    static final List<String> DEFAULTS = List.of("handbook.css", "handbook.js", "gameday.js");

    /** Output name → WebJar and file inside it. The versions come from the jars on the class path. */
    static final Map<String, List<String>> VENDOR = Map.of(
            "vendor/lunr.min.js", List.of("lunr", "lunr.min.js"),
            "vendor/highlight.min.js", List.of("highlightjs", "highlight.min.js"),
            "vendor/mermaid.min.js", List.of("mermaid", "dist/mermaid.min.js"));

    private static final WebJarVersionLocator WEBJARS = new WebJarVersionLocator();

    public List<Page> collect(Path siteAssets) {
        Map<String, byte[]> assets = new TreeMap<>();
        for (String name : DEFAULTS) {
            assets.put(name, resource("/handbook/static/" + name));
        }
        VENDOR.forEach((name, webjar) -> {
            String path = WEBJARS.fullPath(webjar.get(0), webjar.get(1));
            if (path == null) {
                throw new IllegalStateException("Missing WebJar " + webjar.get(0) + ": the jar is incomplete");
            }
            assets.put(name, resource("/" + path));
        });
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
        assets.forEach((name, bytes) -> pages.add(new Page(FOLDER + name, bytes)));
        return pages;
    }

    private static byte[] resource(String path) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in asset " + path + ": the jar is incomplete");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
