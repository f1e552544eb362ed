import { intlErrors, pageErrors } from "./support";

jest.setTimeout(60_000);

afterEach(() => {
  const found = [...intlErrors.splice(0), ...pageErrors.splice(0)];
  expect(found).toEqual([]);
});
