package com.wmxtopup.counter.adapter.settings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/// Encrypts the secrets that the settings screen saves (VIP Reseller key, Midtrans server key,
/// database password): AES-256-GCM from the JDK with a random key kept in a key file of its own
/// (`secret.key` in the data folder), readable by the OS user only — POSIX `rw-------` where the
/// file system has permissions, an ACL granting the owner alone on Windows (best effort: a file
/// system with neither keeps the folder's defaults).
///
/// A sealed value is a self-describing string, `enc:v1:<base64(iv | ciphertext and tag)>`; the
/// GCM tag makes any change to it (or another key file) fail to open instead of giving garbage.
/// The key file is created the first time something is sealed, never when only opening.
public final class SecretBox {

    public static final String PREFIX = "enc:v1:";
    public static final String KEY_FILE = "secret.key";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();
    private byte[] key;

    public SecretBox(Path keyFile) {
        this.keyFile = keyFile;
    }

    /// The box whose key file sits in `dataDirectory`.
    public static SecretBox in(Path dataDirectory) {
        return new SecretBox(dataDirectory.resolve(KEY_FILE));
    }

    /// A sealed value cannot be opened: no key file, another key file, or the value was changed.
    public static final class UnreadableSecretException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableSecretException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    public synchronized String seal(String plain) throws IOException {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keyForSealing(), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(PREFIX.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    public synchronized String open(String sealed) throws UnreadableSecretException {
        if (!isSealed(sealed)) {
            throw new UnreadableSecretException("not a sealed value", null);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableSecretException("the sealed value is not base64", e);
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new UnreadableSecretException("the sealed value is too short", null);
        }
        byte[] keyBytes;
        try {
            keyBytes = existingKey();
        } catch (IOException e) {
            throw new UnreadableSecretException("the key file " + keyFile + " cannot be read", e);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(keyBytes, "AES"), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(PREFIX.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new UnreadableSecretException("the sealed value does not open with the key file " + keyFile, e);
        }
    }

    private byte[] existingKey() throws IOException {
        if (key == null) {
            byte[] read = Files.readAllBytes(keyFile);
            if (read.length != KEY_BYTES) {
                throw new IOException("the key file " + keyFile + " is not a 256-bit key");
            }
            key = read;
        }
        return key;
    }

    private byte[] keyForSealing() throws IOException {
        if (key == null && !Files.exists(keyFile)) {
            createKeyFile();
        }
        return existingKey();
    }

    /// Written to a temporary file restricted to the owner first, then moved into place: the
    /// key is never readable by others, not even for a moment.
    private void createKeyFile() throws IOException {
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        byte[] fresh = new byte[KEY_BYTES];
        random.nextBytes(fresh);
        Path temp = keyFile.resolveSibling(KEY_FILE + ".tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp);
        restrictToOwner(temp);
        Files.write(temp, fresh, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
        try {
            Files.move(temp, keyFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temp);
        }
    }

    /// POSIX 600 where supported; on Windows an ACL with one entry, the owner's, in place of the
    /// inherited ones. Best effort elsewhere (the folder's own permissions apply).
    static void restrictToOwner(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString("rw-------"));
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = acl.getOwner();
            AclEntry ownerOnly = AclEntry.newBuilder()
                    .setType(AclEntryType.ALLOW)
                    .setPrincipal(owner)
                    .setPermissions(EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA,
                            AclEntryPermission.APPEND_DATA, AclEntryPermission.READ_ATTRIBUTES, AclEntryPermission.WRITE_ATTRIBUTES,
                            AclEntryPermission.READ_NAMED_ATTRS, AclEntryPermission.WRITE_NAMED_ATTRS, AclEntryPermission.READ_ACL,
                            AclEntryPermission.WRITE_ACL, AclEntryPermission.DELETE, AclEntryPermission.SYNCHRONIZE))
                    .build();
            acl.setAcl(List.of(ownerOnly));
        }
    }
}
