# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"official\\_conv\\_lr0.0003 softmax" 25.94 0 NaN
"official\\_conv\\_lr0.001 (diverged)" NaN 0 NaN
"official\\_conv\\_lr0.003 (diverged)" NaN 0 NaN
"official\\_conv\\_nobias\\_lr0.0003 softmax" 26.13 0 NaN
"wd0.0001 softmax" 89.91 0 NaN
"wd0.001 softmax" 89.68 0 NaN
EOD
set terminal svg size 900,294 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'samenet\_lenet\_mnist\_pepita\_probe: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [5.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [20.8224:95.0276]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,294 font 'Helvetica,10'
set output 'errors.png'
set title 'samenet\_lenet\_mnist\_pepita\_probe: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [5.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [20.8224:95.0276]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,1.48in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'samenet\_lenet\_mnist\_pepita\_probe: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [5.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [20.8224:95.0276]
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
