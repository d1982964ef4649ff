package vn.gov.quangnam.lris.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The outbox table {@code lris_report_outbox} in PostgreSQL. A run writes all its messages first, in one
 * transaction; the unique key (period, recipient, report kind) makes a second run of the same period add nothing.
 * Each message is then marked sent in its own transaction right after the SMTP server accepted it, so a restart
 * sends only what is still pending or failed. (A crash between the server's acceptance and the mark can still send
 * that one message twice; its Message-ID header is stable so mail clients show it once.)
 */
public final class ReportOutbox {
    static final String CREATE_TABLE = """
            CREATE TABLE IF NOT EXISTS lris_report_outbox (
                message_id      text PRIMARY KEY,
                period_id       text NOT NULL,
                report_kind     text NOT NULL,
                recipient_email text NOT NULL,
                recipient_name  text NOT NULL,
                unit_scope      text NOT NULL,
                subject         text NOT NULL,
                html_body       text NOT NULL,
                pdf_file_name   text,
                pdf             bytea,
                xlsx_file_name  text,
                xlsx            bytea,
                state           text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
                attempts        integer NOT NULL DEFAULT 0,
                last_error      text,
                created_at      timestamptz NOT NULL DEFAULT now(),
                sent_at         timestamptz,
                CONSTRAINT lris_report_outbox_once UNIQUE (period_id, recipient_email, report_kind)
            )""";
    private static final String COLUMNS = "message_id, period_id, report_kind, recipient_email, recipient_name, "
            + "unit_scope, subject, html_body, pdf_file_name, pdf, xlsx_file_name, xlsx, state, attempts, last_error, "
            + "created_at, sent_at";

    private final OutboxSettings settings;

    public ReportOutbox(OutboxSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    public void createTable() {
        try (Connection connection = settings.connect(); Statement statement = connection.createStatement()) {
            statement.execute(CREATE_TABLE);
        } catch (SQLException e) {
            throw failure("cannot create the outbox table lris_report_outbox", e);
        }
    }

    /** Writes the messages in one transaction; returns how many were new (the others were queued before). */
    public int enqueue(List<OutboxMessage> messages) {
        String insert = "INSERT INTO lris_report_outbox (message_id, period_id, report_kind, recipient_email, "
                + "recipient_name, unit_scope, subject, html_body, pdf_file_name, pdf, xlsx_file_name, xlsx) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
        try (Connection connection = settings.connect()) {
            connection.setAutoCommit(false);
            int added = 0;
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (OutboxMessage message : messages) {
                    int column = 1;
                    statement.setString(column++, message.messageId());
                    statement.setString(column++, message.periodId());
                    statement.setString(column++, message.reportKind());
                    statement.setString(column++, message.recipientEmail());
                    statement.setString(column++, message.recipientName());
                    statement.setString(column++, message.unitScope());
                    statement.setString(column++, message.subject());
                    statement.setString(column++, message.htmlBody());
                    statement.setString(column++, message.pdfFileName());
                    statement.setBytes(column++, message.pdf());
                    statement.setString(column++, message.xlsxFileName());
                    statement.setBytes(column, message.xlsx());
                    added += statement.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
            return added;
        } catch (SQLException e) {
            throw failure("cannot write " + messages.size() + " report messages to the outbox (nothing was queued)", e);
        }
    }

    /** Messages still to send (pending, and failed ones to try again), oldest first. */
    public List<OutboxMessage> unsent() {
        return select("WHERE state IN ('pending', 'failed') ORDER BY created_at, message_id");
    }

    /** Messages whose last delivery run gave up on them, with the error (for {@code lris status}). */
    public List<OutboxMessage> failed() {
        return select("WHERE state = 'failed' ORDER BY created_at, message_id");
    }

    public List<OutboxMessage> all() {
        return select("ORDER BY created_at, message_id");
    }

    /** Marks a message sent, in its own transaction, right after the SMTP server accepted it. */
    public void markSent(String messageId, int attempts) {
        execute("UPDATE lris_report_outbox SET state = 'sent', attempts = attempts + ?, last_error = NULL, "
                + "sent_at = now() WHERE message_id = ?", messageId, attempts, messageId);
    }

    /** Marks a message failed with the error; the next delivery run tries it again. */
    public void markFailed(String messageId, int attempts, String error) {
        execute("UPDATE lris_report_outbox SET state = 'failed', attempts = attempts + ?, last_error = ? "
                + "WHERE message_id = ?", messageId, attempts, error, messageId);
    }

    private void execute(String sql, String messageId, Object... parameters) {
        try (Connection connection = settings.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                statement.setObject(index + 1, parameters[index]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("cannot update outbox message " + messageId, e);
        }
    }

    private List<OutboxMessage> select(String condition) {
        List<OutboxMessage> messages = new ArrayList<>();
        try (Connection connection = settings.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + COLUMNS + " FROM lris_report_outbox " + condition)) {
            while (rows.next()) {
                messages.add(new OutboxMessage(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                        rows.getString(9), rows.getBytes(10), rows.getString(11), rows.getBytes(12), rows.getString(13),
                        rows.getInt(14), rows.getString(15), rows.getObject(16, OffsetDateTime.class),
                        rows.getObject(17, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw failure("cannot read the outbox table lris_report_outbox", e);
        }
        return messages;
    }

    private ReportException failure(String what, SQLException e) {
        return new ReportException(what + " at " + settings.jdbcUrl() + ": " + e.getMessage()
                + "; check reports.outbox.jdbc-url and that the database is up", e);
    }
}
