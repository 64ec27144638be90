package org.talkskg.web;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jetty.ee10.servlet.ResourceServlet;

/**
 * The files of a folder on the classpath (inside a jar, or in target/classes when run from the
 * build), served by Jetty's {@link ResourceServlet}: content type by extension, ETags, and a
 * {@code Cache-Control} header; no directory listings. Mapped as {@code /PATH/*}, a request for
 * {@code /PATH/a/b.css} is answered with {@code a/b.css} of the folder, and only from the folder.
 */
public final class ClasspathFiles extends ResourceServlet {

    /** An hour: the files change only with a new build, and the ETag lets a browser check sooner. */
    static final String CACHE_CONTROL = "public, max-age=3600";

    private final Map<String, String> settings;

    /**
     * @param folder    the folder's path on the classpath, e.g. {@code webapp}
     * @param knownFile a file in the folder, e.g. {@code index.html}: a jar need not list its folders, only its files
     */
    public ClasspathFiles(String folder, String knownFile) {
        settings = Map.of(
                "baseResource", folderUrl(folder, knownFile),
                "cacheControl", CACHE_CONTROL,
                "etags", "true",
                "dirAllowed", "false");
    }

    /** Fuseki's builder takes servlets, not Jetty's holders with their init parameters: this servlet brings its own. */
    @Override
    public String getInitParameter(String name) {
        return settings.get(name);
    }

    /** The URL of a classpath folder, found by a file in it, e.g. {@code jar:file:/.../talks-kg.jar!/webapp/}. */
    static String folderUrl(String folder, String knownFile) {
        String path = folder + "/" + knownFile;
        URL file = ClasspathFiles.class.getClassLoader().getResource(path);
        if (file == null) {
            throw new IllegalStateException(path + " is not on the classpath: the build left it out");
        }
        String url = file.toExternalForm();
        String folderUrl = url.substring(0, url.length() - knownFile.length());
        // Fuseki takes a folder of the file system as a path, not as a file: URL; Jetty takes either.
        return file.getProtocol().equals("file") ? Path.of(URI.create(folderUrl)).toString() : folderUrl;
    }
}
