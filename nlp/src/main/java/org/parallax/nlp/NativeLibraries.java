package org.parallax.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Keeps the embedder's native code out of the home directory. Left alone, DJL's tokenizer unpacks
 * its library into {@code ~/.djl.ai}, JNA (which DJL uses to look for CUDA) into {@code ~/.cache/JNA},
 * and ONNX Runtime into a new temporary directory at every start. Here all three go into one
 * directory (under the data directory in the application), unpacked once.
 *
 * <p>DJL, JNA and ONNX Runtime read these locations from system properties, so this sets them,
 * each only when the user has not set it already ({@code -DDJL_CACHE_DIR=...} in PARALLAX_JAVA_OPTS
 * moves DJL's cache elsewhere).
 */
final class NativeLibraries {

    private static final String ORT_RESOURCES = "ai/onnxruntime/native/";

    private NativeLibraries() {
    }

    static void unpackInto(Path dir) {
        Path root = dir.toAbsolutePath();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + root, e);
        }
        setIfAbsent("DJL_CACHE_DIR", root.resolve("djl"));
        setIfAbsent("ENGINE_CACHE_DIR", root.resolve("djl"));
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("jna.tmpdir", root.resolve("jna"));
        if (System.getProperty("onnxruntime.native.path") == null) {
            Path ort = root.resolve("onnxruntime-" + ortVersion());
            if (unpackOnnxRuntime(ort)) {
                System.setProperty("onnxruntime.native.path", ort.toString());
            }
        }
    }

    /** Copies ONNX Runtime's libraries for this platform; false when the jar has none for it. */
    private static boolean unpackOnnxRuntime(Path target) {
        String platform = platform();
        List<String> names = List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
        try {
            Files.createDirectories(target);
            for (String name : names) {
                Path file = target.resolve(name);
                if (Files.exists(file)) {
                    continue;
                }
                try (InputStream in = NativeLibraries.class.getClassLoader()
                        .getResourceAsStream(ORT_RESOURCES + platform + "/" + name)) {
                    if (in == null) {
                        return false;
                    }
                    // Copy then rename, so that a concurrent start never loads a half-written file.
                    Path partial = Files.createTempFile(target, name, ".part");
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack ONNX Runtime into " + target, e);
        }
    }

    /** ONNX Runtime's name for this platform, as in its jar ("linux-x64", "osx-aarch64", ...). */
    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : "linux";
        String archName = arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : "x64";
        return osName + "-" + archName;
    }

    private static String ortVersion() {
        Package p = ai.onnxruntime.OrtEnvironment.class.getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    private static void setIfAbsent(String property, Object value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value.toString());
        }
    }
}
