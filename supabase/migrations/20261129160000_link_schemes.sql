-- Published links point to web pages only. The submission's field rules (private.url_problem)
-- already refuse anything but http(s); these checks hold the published tables to the same rule,
-- whoever writes to them (maintenance as the owner, a future import), because the site renders
-- the website as a link and a javascript: or data: address would run in the reader's browser.

alter table public.stories add constraint stories_website_is_web_address
  check (website is null or (website ~ '^https?://[^\s/]+\.[^\s]+$' and char_length(website) <= 300));
alter table public.businesses add constraint businesses_website_is_web_address
  check (website is null or (website ~ '^https?://[^\s/]+\.[^\s]+$' and char_length(website) <= 300));
