package shabaka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community (embedded DBMS) as a local server for development and tests.
 *
 * <p>Only Bolt is served, on 127.0.0.1. The launcher never opens HTTP or HTTPS: both connectors are
 * disabled explicitly, so there is no browser/REST endpoint to secure.
 *
 * <p>Usage: {@code java -Xmx1g -cp .neo4j/lib/*:.neo4j/classes shabaka.Neo4jLauncher --home DIR
 * --port N}. Environment: NEO4J_PASSWORD (default shabaka-local), NEO4J_BOLT_PORT (if no --port),
 * NEO4J_PAGECACHE (256m), NEO4J_TX_MEMORY_MAX (256m, per transaction), NEO4J_TX_MEMORY_TOTAL (512m,
 * all transactions), NEO4J_TX_TIMEOUT (120s), NEO4J_TX_LOG_RETENTION (1G size). Sizes and durations use neo4j.conf syntax. The heap
 * (NEO4J_HEAP, -Xmx) is set by whoever starts the JVM.
 *
 * <p>Prints exactly one line {@code READY bolt://127.0.0.1:<port>} on stdout once Bolt accepts
 * connections with the configured password; shuts the DBMS down cleanly on SIGTERM/SIGINT.
 */
public final class Neo4jLauncher {
  private static final String USER = "neo4j";

  public static void main(String[] args) throws InterruptedException {
    Path home = Path.of(arg(args, "--home", env("NEO4J_LOCAL_HOME", ".neo4j"))).toAbsolutePath().normalize();
    int port = Integer.parseInt(arg(args, "--port", env("NEO4J_BOLT_PORT", "7687")));
    String password = env("NEO4J_PASSWORD", "shabaka-local");

    long pageCache = SettingValueParsers.BYTES.parse(env("NEO4J_PAGECACHE", "256m"));
    long txMax = SettingValueParsers.BYTES.parse(env("NEO4J_TX_MEMORY_MAX", "256m"));
    long txTotal = SettingValueParsers.BYTES.parse(env("NEO4J_TX_MEMORY_TOTAL", "512m"));
    Duration txTimeout = SettingValueParsers.DURATION.parse(env("NEO4J_TX_TIMEOUT", "120s"));
    String txLogRetention = env("NEO4J_TX_LOG_RETENTION", "1G size");

    SocketAddress bolt = new SocketAddress("127.0.0.1", port);
    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home) // data in <home>/data, debug log in <home>/logs
          // Neo4j's user log (startup, errors) goes to stdout, i.e. the caller's log file.
          .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
          // Network: Bolt on loopback only. TLS off because nothing leaves 127.0.0.1.
          .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
          .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"))
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, bolt)
          .setConfig(BoltConnector.advertised_address, bolt)
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(HttpConnector.enabled, false)
          .setConfig(HttpsConnector.enabled, false)
          // Security: embedded defaults to auth off; a server reachable over Bolt must have it on.
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          // LOAD CSV must not read local files (e.g. file:///etc/passwd) through a query.
          .setConfig(GraphDatabaseSettings.allow_file_urls, false)
          // No procedure gets unrestricted (internal API) access; no plugins/APOC are on the classpath.
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of())
          // No phoning home (the machine has no internet anyway; avoids retries in the log).
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          // Memory: bounded page cache, and transaction memory caps so a runaway query (e.g. an
          // accidental cartesian product) fails with a MemoryLimitExceeded error instead of
          // exhausting the heap. The timeout is a global backstop; callers should set their own.
          .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
          .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMax)
          .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txTotal)
          .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
          // Disk: don't preallocate 256 MiB per transaction log file (x2 databases) for a dev store.
          .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
          // Neo4j keeps 2 days of transaction logs by default: an archive ingest grew the store by
          // gigabytes in an hour and halved write speed. Community has no online backup that needs them.
          .setConfig(GraphDatabaseSettings.keep_logical_logs, txLogRetention)
          .build();
    } catch (RuntimeException e) {
      System.err.println("Neo4j failed to start: " + rootMessage(e));
      e.printStackTrace();
      System.exit(1);
      return;
    }

    // SIGTERM/SIGINT run JVM shutdown hooks: flush and close the stores so the next start needs no recovery.
    final DatabaseManagementService started = dbms;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("shutting down Neo4j");
                  started.shutdown();
                  System.out.println("Neo4j stopped");
                },
                "neo4j-shutdown"));

    try {
      setPassword(dbms, password);
    } catch (RuntimeException e) {
      System.err.println("could not set the password of user '" + USER + "': " + rootMessage(e));
      System.exit(1); // runs the shutdown hook
    }

    System.out.println("Neo4j " + Version.getNeo4jVersion() + " Community, home " + home);
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    new CountDownLatch(1).await(); // keep main alive; exit happens via the shutdown hook
  }

  /**
   * Sets the neo4j user's password on every start, so NEO4J_PASSWORD is the single source of truth
   * and no "change password on first login" is pending. Embedded transactions run with full
   * privileges, so the system database accepts the admin command without logging in.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER " + USER + " SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to the one already set; that is our idempotent case.
      if (!rootMessage(e).toLowerCase().contains("cannot be the same")) throw e;
      system.executeTransactionally("ALTER USER " + USER + " SET PASSWORD CHANGE NOT REQUIRED");
    }
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) if (args[i].equals(name)) return args[i + 1];
    return fallback;
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
  }
}
