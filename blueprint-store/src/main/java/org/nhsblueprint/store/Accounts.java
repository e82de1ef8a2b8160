package org.nhsblueprint.store;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Planners' accounts and sessions. Passwords are stored as bcrypt hashes; a session is a random 256-bit token the
 * browser holds in a cookie, stored only as its SHA-256, with its own random CSRF token and an expiry. Every statement
 * is parameterised. Thread-safe.
 */
public final class Accounts {
    /** What an account may do: a planner runs scenarios and analyses; an admin also manages accounts. */
    public enum Role { planner, admin }

    /** A signed-in planner. */
    public record Session(String token, String account, Role role, String csrfToken, Instant expires) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final DataSource db;
    private final int cost;
    private final Duration lifetime;
    private final char[] dummy;

    /** @param cost bcrypt's cost (work factor 2^cost; 12 in production, lower only in tests) */
    public Accounts(Database database, int cost, Duration lifetime) {
        this.db = database.dataSource();
        this.cost = cost;
        this.lifetime = lifetime;
        this.dummy = BCrypt.withDefaults().hashToString(cost, "not anyone's password".toCharArray()).toCharArray();
    }

    /** What an account name may be. */
    public static final String NAME = "[A-Za-z0-9._@-]{1,100}";
    /** The fewest characters a password may have. */
    public static final int MIN_PASSWORD = 12;

    /**
     * Creates an account, or replaces its password and role and ends its open sessions (a reset password locks out
     * whoever had the old one; a changed role takes effect at the next sign-in).
     *
     * @return true if the account was created, false if it was replaced
     * @throws IllegalArgumentException if the name is not {@link #NAME} or the password is under
     *                                  {@link #MIN_PASSWORD} characters
     * @throws LastAdmin                if it would make the only admin a planner (checked with the admins' rows
     *                                  locked, so two admins demoting each other at once cannot both succeed)
     */
    public boolean save(String name, char[] password, Role role) {
        if (name == null || !name.matches(NAME)) {
            throw new IllegalArgumentException("an account name is 1 to 100 letters, digits, '.', '_', '@' or '-'");
        }
        if (password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("a password needs at least 12 characters");
        }
        String hash = BCrypt.withDefaults().hashToString(cost, password);
        boolean created;
        try (Connection con = db.getConnection()) {
            con.setAutoCommit(false);
            if (role != Role.admin) {
                List<String> admins = new ArrayList<>();
                try (PreparedStatement lock = con.prepareStatement(
                        "SELECT name FROM planner_account WHERE role = 'admin' FOR UPDATE");
                     ResultSet rs = lock.executeQuery()) {
                    while (rs.next()) {
                        admins.add(rs.getString(1));
                    }
                }
                if (admins.equals(List.of(name))) {
                    con.rollback();
                    throw new LastAdmin(name);
                }
            }
            try (PreparedStatement update = con.prepareStatement(
                    "UPDATE planner_account SET password_hash = ?, role = ? WHERE name = ?")) {
                update.setString(1, hash);
                update.setString(2, role.name());
                update.setString(3, name);
                created = update.executeUpdate() == 0;
                if (created) {
                    try (PreparedStatement insert = con.prepareStatement("INSERT INTO planner_account"
                            + " (name, password_hash, role, created_at) VALUES (?, ?, ?, ?)")) {
                        insert.setString(1, name);
                        insert.setString(2, hash);
                        insert.setString(3, role.name());
                        insert.setTimestamp(4, Timestamp.from(Instant.now()));
                        insert.executeUpdate();
                    }
                } else {
                    try (PreparedStatement end = con.prepareStatement(
                            "DELETE FROM planner_session WHERE account_name = ?")) {
                        end.setString(1, name);
                        end.executeUpdate();
                    }
                }
            }
            con.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot save account " + name + ": " + e.getMessage(), e);
        }
        return created;
    }

    /** Refused: the change would leave no admin to manage the accounts. */
    public static final class LastAdmin extends IllegalStateException {
        LastAdmin(String name) {
            super(name + " is the only admin: make another account an admin first");
        }
    }

    /** An account as an admin sees it: never its password hash. */
    public record Account(String name, Role role, Instant created) {
    }

    /** Every account, by name. */
    public List<Account> all() {
        List<Account> out = new ArrayList<>();
        try (Connection con = db.getConnection();
             PreparedStatement select = con.prepareStatement(
                     "SELECT name, role, created_at FROM planner_account ORDER BY name");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                out.add(new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant()));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list accounts: " + e.getMessage(), e);
        }
        return out;
    }

    /** Checks a password and opens a session; empty when the name or password is wrong (which, is not said). */
    public Optional<Session> signIn(String name, char[] password) {
        try (Connection con = db.getConnection(); PreparedStatement ps = con.prepareStatement(
                "SELECT password_hash, role FROM planner_account WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    BCrypt.verifyer().verify(password, dummy); // the same work whether or not the name exists
                    return Optional.empty();
                }
                if (!BCrypt.verifyer().verify(password, rs.getString(1).toCharArray()).verified) {
                    return Optional.empty();
                }
                Role role = Role.valueOf(rs.getString(2));
                String token = random();
                String csrf = random();
                Instant expires = Instant.now().plus(lifetime);
                try (PreparedStatement insert = con.prepareStatement("INSERT INTO planner_session"
                        + " (token_hash, account_name, csrf_token, expires_at) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, sha256(token));
                    insert.setString(2, name);
                    insert.setString(3, csrf);
                    insert.setTimestamp(4, Timestamp.from(expires));
                    insert.executeUpdate();
                }
                return Optional.of(new Session(token, name, role, csrf, expires));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot sign in: " + e.getMessage(), e);
        }
    }

    /** The live session a token belongs to, if any. */
    public Optional<Session> session(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try (Connection con = db.getConnection(); PreparedStatement ps = con.prepareStatement("SELECT s.account_name,"
                + " a.role, s.csrf_token, s.expires_at FROM planner_session s JOIN planner_account a"
                + " ON a.name = s.account_name WHERE s.token_hash = ? AND s.expires_at > ?")) {
            ps.setString(1, sha256(token));
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Session(token, rs.getString(1), Role.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getTimestamp(4).toInstant()));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the session: " + e.getMessage(), e);
        }
    }

    public void signOut(String token) {
        try (Connection con = db.getConnection(); PreparedStatement ps = con.prepareStatement(
                "DELETE FROM planner_session WHERE token_hash = ?")) {
            ps.setString(1, sha256(token));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot sign out: " + e.getMessage(), e);
        }
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
