package fixture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class Server {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    void start(int port) {
        // System.out.println was replaced by the logger
        LOG.info("started on {}", port);
    }
}
