import { Button } from "@acme/ui";\nexport const App = () => Button;
