package org.parallax.eval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parallax.core.text.Sha256;
import org.parallax.core.embed.SentenceEmbedder;

/**
 * An optional file of sentence vectors for repeated evaluation runs, keyed by the SHA-256 of model
 * id and text, so a run embeds only texts it has not seen (the server caches in the database
 * instead). A file written for another model simply has no matching keys.
 */
public final class VectorFile {

    private final Path file;
    private final Map<String, float[]> vectors = new HashMap<>();
    private boolean changed;

    private VectorFile(Path file) {
        this.file = file;
    }

    public static VectorFile open(Path file) throws IOException {
        VectorFile cache = new VectorFile(file);
        if (file != null && Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                while (true) {
                    String key;
                    try {
                        key = in.readUTF();
                    } catch (EOFException end) {
                        break;
                    }
                    float[] v = new float[in.readInt()];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = in.readFloat();
                    }
                    cache.vectors.put(key, v);
                }
            }
        }
        return cache;
    }

    /** The vectors of {@code texts}, embedding (in one batch) those not in the file. */
    public List<float[]> embed(SentenceEmbedder embedder, List<String> texts) {
        List<String> keys = texts.stream().map(t -> key(embedder.modelId(), t)).toList();
        Map<String, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!vectors.containsKey(keys.get(i))) {
                missing.putIfAbsent(keys.get(i), texts.get(i));
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> computed = embedder.embedAll(new ArrayList<>(missing.values()));
            int i = 0;
            for (String key : missing.keySet()) {
                vectors.put(key, computed.get(i++));
            }
            changed = true;
        }
        return keys.stream().map(vectors::get).toList();
    }

    /** Writes the file if anything was added and a file was given. */
    public void save() throws IOException {
        if (file == null || !changed) {
            return;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float x : e.getValue()) {
                    out.writeFloat(x);
                }
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String key(String model, String text) {
        return Sha256.hex(model + '\0' + text);
    }
}
