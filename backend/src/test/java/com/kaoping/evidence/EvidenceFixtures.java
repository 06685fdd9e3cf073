package com.kaoping.evidence;

import com.kaoping.support.ApiClient;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows and requests the evidence integration tests need, written without the assessment feature. */
public final class EvidenceFixtures {

    private EvidenceFixtures() {}

    /** A fresh cycle in an unlikely year (unique per quarter), with one assessment per given branch. */
    public static long[] assessments(JdbcTemplate jdbc, boolean locked, String... branches) {
        int year = ThreadLocalRandom.current().nextInt(5000, 9000);
        int quarter = ThreadLocalRandom.current().nextInt(1, 5);
        jdbc.update(
                "INSERT INTO kp_cycle (cycle_year, quarter, standard_code, standard_version, status, "
                        + "publicity_period, created_by) VALUES (?, ?, 'DZZ-2021', 1, 'OPEN', 'P7D', 'admin')",
                year,
                quarter);
        long cycle = jdbc.queryForObject(
                "SELECT id FROM kp_cycle WHERE cycle_year = ? AND quarter = ?", Long.class, year, quarter);
        long[] ids = new long[branches.length];
        for (int i = 0; i < branches.length; i++) {
            jdbc.update(
                    "INSERT INTO kp_assessment (cycle_id, branch_code, locked) VALUES (?, ?, ?)",
                    cycle,
                    branches[i],
                    locked);
            ids[i] = jdbc.queryForObject(
                    "SELECT id FROM kp_assessment WHERE cycle_id = ? AND branch_code = ?",
                    Long.class,
                    cycle,
                    branches[i]);
        }
        return ids;
    }

    /** POSTs a multipart form: {@code file} with the given name and bytes, plus plain fields (name, value, …). */
    static ApiClient.Response upload(
            ApiClient client, String path, String filename, String declaredType, byte[] content, String... fields) {
        String boundary = "kp" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                            + fields[i + 1] + "\r\n");
        }
        if (content != null) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                            + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return client.send(client.request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
