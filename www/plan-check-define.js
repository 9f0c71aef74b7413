// Registers <plan-check> (plan-check.js). Include this module to use the widget as is:
//   <script type="module" src="…/plan-check-define.js"></script>
// To register it under another name, import { define } from plan-check.js instead.
import { define } from './plan-check.js';

define();
