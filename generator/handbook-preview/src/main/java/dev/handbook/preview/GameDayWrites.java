package dev.handbook.preview;

import dev.handbook.diagnostics.Diagnostic;
import dev.handbook.diagnostics.Severity;
import dev.handbook.model.Drill;
import dev.handbook.model.EntryKind;
import dev.handbook.model.SourceFormat;
import dev.handbook.parse.EntryParser;
import dev.handbook.parse.ParsedFile;
import dev.handbook.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code handbook serve --allow-write}: the one thing the preview may write, a runbook page's game-day record, saved
 * into the drills folder. Only the preview's own pages can ask: they carry a token made anew for each server (another
 * site's page can neither read it nor send the header without a CORS preflight, which is refused), and a request from
 * another origin is refused whatever it carries. The server names the file from the record's date and runbook, never
 * from the request, and never overwrites one.
 */
final class GameDayWrites {

    static final String PATH = "/_handbook/drills";
    static final String TOKEN_HEADER = "X-Handbook-Token";
    static final int MAX_BYTES = 64 * 1024;
    private static final String ID = "[a-z0-9][a-z0-9._-]*";

    private final String token = HexFormat.of().formatHex(random());
    private final Path folder;
    private final String shownFolder;

    /** @param folder the drills folder; {@code shownFolder} is how replies name it (relative to the repository) */
    GameDayWrites(Path folder, String shownFolder) {
        this.folder = folder;
        this.shownFolder = shownFolder;
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** The token the served pages carry, for handbook.js to send back. */
    String token() {
        return token;
    }

    boolean handles(Request request) {
        return PATH.equals(Request.getPathInContext(request));
    }

    void handle(Request request, Response response, Callback callback) throws IOException {
        if (!HttpMethod.POST.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            reply(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "Send the record with POST.");
            return;
        }
        String refusal = refusal(request);
        if (refusal != null) {
            reply(response, callback, HttpStatus.FORBIDDEN_403, refusal);
            return;
        }
        long length = request.getLength();
        if (length < 0 || length > MAX_BYTES) {
            reply(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "A game-day record is at most " + MAX_BYTES + " bytes, with its length given.");
            return;
        }
        String yaml = Content.Source.asString(request, StandardCharsets.UTF_8);
        try {
            reply(response, callback, HttpStatus.CREATED_201, save(yaml));
        } catch (InvalidRecord e) {
            reply(response, callback, HttpStatus.BAD_REQUEST_400, e.getMessage());
        }
    }

    /** Why the request may not write, or null: a wrong token, another site's page. */
    private String refusal(Request request) {
        String sent = request.getHeaders().get(TOKEN_HEADER);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return "Only the preview's own pages may save a game-day record (missing or wrong " + TOKEN_HEADER + "); reload the page.";
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (origin != null && !origin.equals("http://" + host)) {
            return "A page of " + origin + " may not write into this handbook.";
        }
        String fetchSite = request.getHeaders().get("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin")) {
            return "Only the preview's own pages may save a game-day record (Sec-Fetch-Site: " + fetchSite + ").";
        }
        return null;
    }

    /** Checks {@code yaml} as a drill record and writes it under a new name; returns the path it was saved at. */
    String save(String yaml) throws IOException, InvalidRecord {
        Drill drill = parse(yaml);
        String runbook = drill.runbook() != null && drill.runbook().target().matches(ID) ? drill.runbook().target() + "-" : "";
        String stem = drill.date() + "-" + runbook + "game-day";
        Files.createDirectories(folder);
        for (int n = 1; ; n++) {
            String name = stem + (n == 1 ? "" : "-" + n) + ".yaml";
            try {
                Files.writeString(folder.resolve(name), yaml, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return shownFolder + "/" + name;
            } catch (FileAlreadyExistsException taken) {
                // an earlier game day of the same day: take the next number
            }
        }
    }

    private static Drill parse(String yaml) throws IOException, InvalidRecord {
        Path scratch = Files.createTempDirectory("handbook-game-day");
        try {
            Path file = Files.writeString(scratch.resolve("game-day.yaml"), yaml);
            ParsedFile parsed = new EntryParser().parse(new SourceFile(EntryKind.DRILL, SourceFormat.YAML, file, "game-day record"));
            List<Diagnostic> errors = parsed.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty() || parsed.entries().size() != 1 || !(parsed.entries().get(0) instanceof Drill drill)) {
                throw new InvalidRecord("Not a drill record the handbook would build: "
                        + errors.stream().map(Diagnostic::format).collect(Collectors.joining(" ")));
            }
            return drill;
        } finally {
            try (var files = Files.list(scratch)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(scratch);
        }
    }

    private static void reply(Response response, Callback callback, int status, String text) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.write(true, java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** A body that does not parse as a drill: the reply says why, as the build would. */
    static final class InvalidRecord extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidRecord(String message) {
            super(message);
        }
    }
}
