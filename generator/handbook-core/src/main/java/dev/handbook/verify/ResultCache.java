package dev.handbook.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handbook.model.Snippet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Results of earlier runs, one JSON file per snippet under a folder in target/, keyed by a hash of the snippet's
 * shell, options and code, and used for {@code validFor} after the run. A broken cache file is ignored.
 */
public final class ResultCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final Duration validFor;

    public ResultCache(Path folder, Duration validFor) {
        this.folder = folder;
        this.validFor = validFor;
    }

    public Optional<SnippetResult> find(Snippet snippet, Instant now) {
        Path file = file(snippet);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(file.toFile());
            Instant ranAt = Instant.parse(node.get("ranAt").asText());
            if (ranAt.plus(validFor).isBefore(now)) {
                return Optional.empty();
            }
            return Optional.of(new SnippetResult(SnippetStatus.valueOf(node.get("status").asText()), node.get("exitCode").asInt(),
                    node.get("durationMillis").asLong(), ranAt, node.get("stdout").asText(), node.get("stderr").asText(),
                    node.get("stdoutCut").asBoolean(), node.get("stderrCut").asBoolean(), node.get("message").asText(), true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores a result; skipped snippets are not stored, so installing a tool takes effect at once. */
    public void store(Snippet snippet, SnippetResult result) {
        if (result.status() == SnippetStatus.SKIPPED) {
            return;
        }
        ObjectNode node = JSON.createObjectNode()
                .put("status", result.status().name()).put("exitCode", result.exitCode()).put("durationMillis", result.durationMillis())
                .put("ranAt", result.ranAt().toString()).put("stdout", result.stdout()).put("stderr", result.stderr())
                .put("stdoutCut", result.stdoutCut()).put("stderrCut", result.stderrCut()).put("message", result.message());
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "result", ".tmp");
            JSON.writeValue(temp.toFile(), node);
            Files.move(temp, file(snippet), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Without a cache the snippet simply runs again next time.
        }
    }

    Path file(Snippet snippet) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(snippet.cacheKeySource().getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(hash) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
