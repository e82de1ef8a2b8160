package org.nhsblueprint.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.nhsblueprint.model.ConsultationResponse;

/**
 * Consultations and their responses. A response is stored once per idempotency key: a repeated submission returns
 * the first one's id, and a response is reported stored only after its transaction has committed. Every statement
 * is parameterised. Thread-safe (each call takes its own connection).
 */
public final class Consultations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource db;

    public Consultations(Database database) {
        this.db = database.dataSource();
    }

    /** A closed question: its id, wording and the answers offered. */
    public record Question(String id, String text, List<String> answers) {
        public Question {
            answers = List.copyOf(answers);
        }
    }

    /** A consultation as published. */
    public record Consultation(String id, String title, String description, List<Question> questions, boolean open) {
        public Consultation {
            questions = List.copyOf(questions);
        }
    }

    /** A response as submitted (before it has an id). */
    public record NewResponse(String text, String respondentType, String area, String ageBand,
                              Map<String, String> answers) {
        public NewResponse {
            answers = Map.copyOf(answers);
        }
    }

    /** What storing a response did: its id, and whether this call stored it (false: the key had been used). */
    public record Stored(long id, boolean created) {
    }

    /** Creates a consultation, or updates it if the id exists. */
    public void save(Consultation c) {
        String questions = write(c.questions());
        try (Connection con = db.getConnection()) {
            con.setAutoCommit(false);
            try (PreparedStatement update = con.prepareStatement(
                    "UPDATE consultation SET title = ?, description = ?, questions = ?, is_open = ? WHERE id = ?")) {
                update.setString(1, c.title());
                update.setString(2, c.description());
                update.setString(3, questions);
                update.setBoolean(4, c.open());
                update.setString(5, c.id());
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = con.prepareStatement("INSERT INTO consultation"
                            + " (id, title, description, questions, is_open, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                        insert.setString(1, c.id());
                        insert.setString(2, c.title());
                        insert.setString(3, c.description());
                        insert.setString(4, questions);
                        insert.setBoolean(5, c.open());
                        insert.setTimestamp(6, Timestamp.from(Instant.now()));
                        insert.executeUpdate();
                    }
                }
            }
            con.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot save consultation " + c.id() + ": " + e.getMessage(), e);
        }
    }

    public Optional<Consultation> find(String id) {
        return query("SELECT id, title, description, questions, is_open FROM consultation WHERE id = ?", id).stream()
                .findFirst();
    }

    public List<Consultation> all() {
        return query("SELECT id, title, description, questions, is_open FROM consultation ORDER BY id", null);
    }

    private List<Consultation> query(String sql, String id) {
        try (Connection con = db.getConnection(); PreparedStatement ps = con.prepareStatement(sql)) {
            if (id != null) {
                ps.setString(1, id);
            }
            List<Consultation> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Consultation(rs.getString(1), rs.getString(2), rs.getString(3),
                            read(rs.getString(4), new TypeReference<List<Question>>() { }), rs.getBoolean(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read consultations: " + e.getMessage(), e);
        }
    }

    /**
     * Stores a response unless one with the same idempotency key is already stored for the consultation. Returns
     * only after the insert has committed.
     */
    public Stored submit(String consultationId, String idempotencyKey, NewResponse r) {
        try (Connection con = db.getConnection()) {
            con.setAutoCommit(true);
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO consultation_response (consultation_id,"
                    + " idempotency_key, response_text, respondent_type, area, age_band, answers, received_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                ps.setString(1, consultationId);
                ps.setString(2, idempotencyKey);
                ps.setString(3, r.text());
                ps.setString(4, r.respondentType());
                ps.setString(5, r.area());
                ps.setString(6, r.ageBand());
                ps.setString(7, write(new java.util.TreeMap<>(r.answers())));
                ps.setTimestamp(8, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Stored(keys.getLong(1), true);
                }
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            try (PreparedStatement ps = con.prepareStatement("SELECT id FROM consultation_response"
                    + " WHERE consultation_id = ? AND idempotency_key = ?")) {
                ps.setString(1, consultationId);
                ps.setString(2, idempotencyKey);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Stored(rs.getLong(1), false);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store the response: " + e.getMessage(), e);
        }
    }

    /** How many responses a consultation has. */
    public long count(String consultationId) {
        try (Connection con = db.getConnection(); PreparedStatement ps = con.prepareStatement(
                "SELECT COUNT(*) FROM consultation_response WHERE consultation_id = ?")) {
            ps.setString(1, consultationId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count responses: " + e.getMessage(), e);
        }
    }

    /** Every response to a consultation, oldest first, as the analysis reads them (answers in question order). */
    public List<ConsultationResponse> responses(String consultationId, List<String> questionOrder) {
        try (Connection con = db.getConnection(); PreparedStatement ps = con.prepareStatement("SELECT id,"
                + " response_text, respondent_type, area, age_band, answers FROM consultation_response"
                + " WHERE consultation_id = ? ORDER BY id")) {
            ps.setString(1, consultationId);
            List<ConsultationResponse> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> stored = read(rs.getString(6), new TypeReference<Map<String, String>>() { });
                    Map<String, String> answers = new LinkedHashMap<>();
                    questionOrder.forEach(q -> answers.put(q, stored.getOrDefault(q, "")));
                    out.add(new ConsultationResponse(String.valueOf(rs.getLong(1)), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), answers, rs.getLong(1)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read responses: " + e.getMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored value is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
