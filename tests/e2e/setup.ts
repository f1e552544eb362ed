import { intlErrors, pageErrors } from "./support";

// Generous: a test signs in (with the second factor) and renders several pages on a CI machine shared
// with other work; the steps themselves wait at most 15 s each (newPage).
jest.setTimeout(150_000);

afterEach(() => {
  const found = [...intlErrors.splice(0), ...pageErrors.splice(0)];
  expect(found).toEqual([]);
});
