package fixture;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;

class Downloads {
    private final Path base = Paths.get("/srv/files");

    File file(HttpServletRequest request) {
        String name = Paths.get(request.getParameter("name")).getFileName().toString();
        return new File("/srv/files", name);
    }

    byte[] read() throws Exception {
        return Files.readAllBytes(Paths.get("/srv/files/index.html"));
    }

    Path resolved(HttpServletRequest request) {
        long id = Long.parseLong(request.getParameter("id"));
        return base.resolve(id + ".pdf");
    }
}
