// A bulk decision's result mentions skipped items only when there are some, in plain words
// (it used to read "跳过 0 条（状态不允许）").
import { translate } from "@/lib/notifications/render";

test("skipped items are mentioned only when there are some", () => {
  expect(translate("zh-CN", "nominations.review.decided", { changed: 3, skipped: 0 })).toBe("已处理 3 条。");
  expect(translate("zh-CN", "nominations.review.decided", { changed: 1, skipped: 2 })).toBe(
    "已处理 1 条。另有 2 条当前状态不能这样处理，未作改动。",
  );
  expect(translate("en", "nominations.review.decided", { changed: 3, skipped: 0 })).toBe("3 updated.");
  expect(translate("en", "nominations.review.decided", { changed: 0, skipped: 1 })).toBe(
    "0 updated. 1 other could not be changed in its current status and was left as it was.",
  );
});
