/**
 * The publish stage: the rendered site put in place, and its offline copy.
 *
 * <p>Takes the {@link dev.handbook.render.Page}s, the theme's {@link dev.handbook.publish.StaticAssets} (defaults, the
 * browser libraries from WebJars under {@code assets/vendor/}, {@code site/assets/} over them) and the files bodies
 * link to ({@link dev.handbook.publish.LinkedFiles}); gives a site folder. {@link dev.handbook.publish.SitePublisher}
 * writes the whole site beside the output folder and swaps it in ({@link dev.handbook.publish.DirectorySwap}: one atomic
 * {@code renameat2} on Linux), so a reader or a failed build never sees half a site, and it never replaces a folder
 * it did not write. {@link dev.handbook.publish.OfflineHandbook} makes the whole site one self-contained HTML file.
 *
 * <p>The last stage of the pipeline: within handbook-core only the facade uses it (front ends read
 * {@code OfflineHandbook.PATH}, and the preview writes the offline copy on demand).
 */
package dev.handbook.publish;
