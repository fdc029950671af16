package org.imr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderObjectStoreTest extends ObjectStoreContract {

    @TempDir
    Path root;

    @Override
    ObjectStore store() {
        return new LocalFolderObjectStore(root);
    }

    @Test
    void emptyObjectsShareOneFileAndReplacingOneLeavesTheOthersEmpty() throws Exception {
        ObjectStore store = store();
        store.put("a/v1.published", new byte[0]);
        store.put("b/v1.published", new byte[0]);
        assertThat(store.createIfAbsent("c/v1.claim", new byte[0])).isTrue();
        assertThat(store.createIfAbsent("c/v1.claim", new byte[0])).isFalse();

        assertThat(fileKey("a/v1.published")).isEqualTo(fileKey("b/v1.published")).isEqualTo(fileKey("c/v1.claim"));

        store.put("a/v1.published", bytes("now with content"));
        assertThat(store.get("a/v1.published")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("now with content")));
        assertThat(store.get("b/v1.published")).hasValueSatisfying(b -> assertThat(b).isEmpty());
        store.put("a/v1.published", new byte[0]);
        assertThat(store.get("a/v1.published")).hasValueSatisfying(b -> assertThat(b).isEmpty());
        assertThat(store.list("a")).containsExactly("v1.published");
    }

    @Test
    void anEmptyObjectIsStillMadeWhenTheSharedFileWasDeleted() throws Exception {
        ObjectStore store = store();
        store.put("a/v1.published", new byte[0]);
        try (var files = Files.list(root)) {
            for (Path shared : files.filter(file -> file.getFileName().toString().startsWith("~")).toList()) {
                Files.delete(shared);
            }
        }

        store.put("b/v1.published", new byte[0]);

        assertThat(store.get("a/v1.published")).hasValueSatisfying(b -> assertThat(b).isEmpty());
        assertThat(store.get("b/v1.published")).hasValueSatisfying(b -> assertThat(b).isEmpty());
    }

    private Object fileKey(String key) throws Exception {
        return Files.readAttributes(root.resolve(key), BasicFileAttributes.class).fileKey();
    }
}
