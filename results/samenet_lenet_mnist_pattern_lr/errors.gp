# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"ff\\_pattern\\_lr0.0003 goodness\\_every\\_label" 76.35 0 NaN
"ff\\_pattern\\_lr0.0003 one\\_pass\\_softmax" 6.05 0 NaN
"ff\\_pattern\\_lr0.001 goodness\\_every\\_label" 48.02 0 NaN
"ff\\_pattern\\_lr0.001 one\\_pass\\_softmax" 3.98 0 NaN
"ff\\_pattern\\_lr0.003 goodness\\_every\\_label" 15.15 0 NaN
"ff\\_pattern\\_lr0.003 one\\_pass\\_softmax" 3.61 0 NaN
"ff\\_pattern\\_lr0.01 goodness\\_every\\_label" 25.01 0 NaN
"ff\\_pattern\\_lr0.01 one\\_pass\\_softmax" 6.73 0 NaN
"ff\\_pattern\\_meansq\\_lr0.03 goodness\\_every\\_label" 88 0 NaN
"ff\\_pattern\\_meansq\\_lr0.03 one\\_pass\\_softmax" 82.59 0 NaN
"ff\\_pattern\\_meansq\\_lr0.1 (diverged)" NaN 0 NaN
"ff\\_pattern\\_meansq\\_lr0.3 (diverged)" NaN 0 NaN
"ff\\_pattern\\_meansq\\_lr1 (diverged)" NaN 0 NaN
"ff\\_pattern\\_meansq\\_lr3 (diverged)" NaN 0 NaN
EOD
set terminal svg size 900,486 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'samenet\_lenet\_mnist\_pattern\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [13.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [2:100]
set xtics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,486 font 'Helvetica,10'
set output 'errors.png'
set title 'samenet\_lenet\_mnist\_pattern\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [13.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [2:100]
set xtics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,2.52in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'samenet\_lenet\_mnist\_pattern\_lr: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [13.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [2:100]
set xtics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
