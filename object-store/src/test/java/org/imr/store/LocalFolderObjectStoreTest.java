package org.imr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderObjectStoreTest {

    @TempDir
    Path root;

    @Test
    void ofManyWritersCreatingTheSameKeyExactlyOneSucceedsAndItsContentStays() {
        List<CompletableFuture<Boolean>> writers = IntStream.range(0, 16)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> new LocalFolderObjectStore(root)
                        .createIfAbsent("case/v1.source", bytes("writer " + i))))
                .toList();

        assertThat(writers.stream().filter(CompletableFuture::join).count()).isEqualTo(1);
        assertThat(new LocalFolderObjectStore(root).list("case")).containsExactly("v1.source");
        assertThat(new String(new LocalFolderObjectStore(root).get("case/v1.source").orElseThrow(), StandardCharsets.UTF_8))
                .startsWith("writer ");
    }

    @Test
    void putReplacesAndGetAndListSeeWholeObjectsOnly() {
        ObjectStore store = new LocalFolderObjectStore(root);
        store.put("case/v1.txt", bytes("first"));
        store.put("case/v1.txt", bytes("second"));

        assertThat(store.get("case/v1.txt")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("second")));
        assertThat(store.get("case/v2.txt")).isEmpty();
        assertThat(store.list("case")).containsExactly("v1.txt");
        assertThat(store.list("no-such-folder")).isEmpty();
    }

    @Test
    void refusesKeysThatLeaveTheFolder() {
        ObjectStore store = new LocalFolderObjectStore(root);

        for (String key : List.of("../etc/passwd", "case/../../x", "/absolute", "case//v1", "", "a b", "..", "case/.")) {
            assertThatIllegalArgumentException().as(key).isThrownBy(() -> store.put(key, bytes("x")));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
