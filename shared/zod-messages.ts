// zod/mini ships without a locale ("Invalid input"); this installs zod's English messages
// ("expected string, received undefined") once per process, because every rejection we
// return names the field and says what was wrong. Import it beside `zod/mini`, for its
// effect. (Files import zod/mini themselves: re-exporting the namespace from here would
// defeat tree shaking and pull every locale into the bundle.)
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
