package org.imr.store;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Objects by key, shared by every instance of a service: a folder of the local disk ({@link LocalFolderObjectStore})
 * or a bucket of an S3-compatible store. Every write is whole or not at all. {@link #createIfAbsent} is the one
 * coordination between instances: of two writers of the same key, exactly one succeeds. Keys are paths of safe names
 * ({@code CM15-0123456/v1.txt}); a store that cannot be reached throws {@link ObjectStoreUnavailableException}.
 */
public interface ObjectStore {

    /** A key: names of letters, digits, dots, dashes and underscores, separated by slashes; no name of dots only. */
    Pattern KEY = Pattern.compile("(?!.*(^|/)\\.+(/|$))[A-Za-z0-9._-]{1,128}(/[A-Za-z0-9._-]{1,128}){0,7}");

    /** Stores the object unless the key is taken: true when stored, false (nothing changed) when it was taken. */
    boolean createIfAbsent(String key, byte[] content);

    /** Stores the object, replacing any under the same key. */
    void put(String key, byte[] content);

    /** The object under the key, or empty. */
    Optional<byte[]> get(String key);

    /** The names of the objects directly under {@code folder} (a key prefix without its trailing slash), any order. */
    List<String> list(String folder);

    static String requireKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not an object key: " + key);
        }
        return key;
    }

    static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
