package dev.handbook.cli;

import dev.handbook.preview.PreviewServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code handbook serve}: a live preview that rebuilds on every change and reloads open browsers. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the handbook on 127.0.0.1 and rebuilds what a change affects as you edit; open pages reload by"
                    + " themselves. Content with errors keeps the last good site served, with the errors over every page.",
            "Stop with Ctrl-C."
        })
final class ServeCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).", defaultValue = "8000")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only). Requests must name this"
            + " address or name, or localhost; others get 403.", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--allow-write", description = "Let a runbook page's \"Run as a game day\" mode save its drill record"
            + " into the drills folder. Off by default: the preview writes nothing, and the page offers the record to copy or download.")
    boolean allowWrite;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (PreviewServer preview = PreviewServer.start(site.toBuildOptions(), host, port, out, allowWrite)) {
            Thread hook = new Thread(() -> {
                try {
                    preview.close();
                } catch (Exception e) {
                    // Exiting anyway.
                }
                stopped.countDown();
            }, "handbook-preview-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("Serving the handbook at " + preview.url() + " (Ctrl-C to stop).");
            out.flush();
            preview.join();
            stopped.await();
        }
        return ExitCodes.OK;
    }
}
