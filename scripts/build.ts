// `npm run build`: the production build for the configured database, with the stamp that lets
// `npm start` (and the e2e/bench harnesses) skip rebuilding identical sources.
import { prepareBuild } from "./prepare";

prepareBuild().catch((e) => {
  console.error(`[openselect] build failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
