/** Each feature with a Settings section registers it by being imported here (one line each). */
import '../backups/register';
import '../security/register';
import '../trash/register';
import '../spelling/register';
import './register-external-copies';
import '../devices/register';
export {};
